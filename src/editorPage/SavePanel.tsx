import { download } from '../app/download.ts'
import type { RawDataset } from '../data/schema.ts'
import { changeSummary } from '../editor/changeSummary.ts'
import { formatDataset } from '../editor/formatDataset.ts'
import { datasetToSheets } from '../sheets/datasetToSheets.ts'
import type { Edits } from './useEditorDocument.ts'

type Props = { raw: RawDataset; origin: RawDataset; name: string; valid: boolean; edits: Edits }

/** What changed since opening, and the two ways to save: the JSON file and the spreadsheets. */
export function SavePanel({ raw, origin, name, valid, edits }: Props) {
  const summary = changeSummary(origin, raw)
  const today = new Date().toISOString().slice(0, 10)
  const addCorrection = () =>
    edits.replace((r) => {
      const text = Object.fromEntries((r.meta.languages ?? []).map((tag) => [tag, summary]))
      return {
        ...r,
        meta: { ...r.meta, corrections: [...(r.meta.corrections ?? []), { date: today, text }] },
      }
    })
  return (
    <section className="ed-save" aria-labelledby="save-heading">
      <h2 id="save-heading">Save</h2>
      <p>
        Changes since opening {name}: <strong id="change-summary">{summary}</strong>
      </p>
      <div className="ed-row">
        <button
          type="button"
          className="ed-primary"
          aria-describedby="json-hint"
          onClick={() =>
            download(formatDataset(raw), name.replace(/\.csv$/i, '.json'), 'application/json')
          }
        >
          Save JSON
        </button>
        <button
          type="button"
          disabled={!valid}
          aria-describedby="sheets-hint"
          onClick={() => {
            for (const [file, text] of Object.entries(datasetToSheets(raw)))
              download(text, file, 'text/csv;charset=utf-8')
          }}
        >
          Save spreadsheets (one CSV per sheet)
        </button>
      </div>
      <p id="json-hint" className="ed-hint">
        The JSON keeps the schema’s key order and the house layout, so a git diff shows only your
        edits. It can be saved with problems, to finish later.
      </p>
      <p id="sheets-hint" className="ed-hint">
        {valid
          ? 'One file per sheet (the browser may ask once to allow several downloads); open them here again, or turn them back into JSON with npm run data:import.'
          : 'The spreadsheets are written from a valid dataset only.'}
      </p>
      <h3>Corrections</h3>
      <p className="ed-hint">
        Published a correction? The summary can start its entry: it is written in every language as
        it is, so translate it under meta, corrections, before publishing.
      </p>
      <button type="button" disabled={summary === 'no changes'} onClick={addCorrection}>
        Add the summary to the corrections
      </button>
    </section>
  )
}
