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
      <p className="ed-hint">
        Adding the summary to the corrections list writes it in every language as it is: translate
        it there (meta.corrections) before publishing.
      </p>
      <div className="ed-row">
        <button type="button" disabled={summary === 'no changes'} onClick={addCorrection}>
          Add the summary to the corrections
        </button>
        <button
          type="button"
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
      <p id="sheets-hint" className="ed-hint">
        {valid
          ? 'The JSON keeps the schema’s key order and the house layout, so a git diff shows only your edits.'
          : 'The spreadsheets are written from a valid dataset only; the JSON can be saved as it is, problems and all.'}
      </p>
    </section>
  )
}
