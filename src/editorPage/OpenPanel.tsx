import { type DragEvent, useState } from 'react'
import { MANIFEST } from '../app/datasetManifest.ts'
import { RECORD_LISTS } from '../data/recordLists.ts'
import type { RawDataset } from '../data/schema.ts'
import { TEMPLATE_TODO, templateDataset } from '../editor/template.ts'
import { sheetsToDataset } from '../sheets/sheetsToDataset.ts'
import './fields/fields.css'
import './OpenPanel.css'

type Props = { onOpen: (raw: RawDataset, name: string, note?: string) => void }

/** Opens a dataset: a JSON file or a folder's CSV sheets (picker or drop), a bundled one, or the template. */
export function OpenPanel({ onOpen }: Props) {
  const [errors, setErrors] = useState<string[]>([])
  const [bundled, setBundled] = useState(MANIFEST[0]?.name ?? '')
  const [languages, setLanguages] = useState('en')
  const [over, setOver] = useState(false)

  const readFiles = async (files: readonly File[]) => {
    const result = await openFiles(files)
    if ('problems' in result) setErrors(result.problems)
    else onOpen(result.raw, result.name)
  }
  const openBundled = async () => {
    try {
      const response = await fetch(`data/${bundled}.json`)
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      onOpen((await response.json()) as RawDataset, `${bundled}.json`)
    } catch (error) {
      setErrors([`data/${bundled}.json could not be loaded (${String(error)})`])
    }
  }
  const drop = (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    void readFiles([...event.dataTransfer.files])
  }
  return (
    <section className="ed-open" aria-labelledby="open-heading">
      <h2 id="open-heading">Open a dataset</h2>
      <p className="ed-intro">
        Edit it in forms beside the graphic readers will see, with every problem listed as you go.
        Your work is kept in this browser until you discard it; nothing is sent anywhere.
      </p>
      <div className="ed-open-ways">
        {/* biome-ignore lint/a11y: dropping is a mouse shortcut; the file input inside does the same by keyboard */}
        <div
          className={`ed-open-way ed-drop${over ? ' is-over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault()
            setOver(true)
          }}
          onDragLeave={() => setOver(false)}
          onDrop={drop}
        >
          <h3>A file</h3>
          <label htmlFor="open-file">
            A dataset JSON file, or all the CSV files of a spreadsheet folder. Or drop them here.
          </label>
          <input
            id="open-file"
            type="file"
            accept=".json,.csv,application/json,text/csv"
            multiple
            onChange={(e) => void readFiles([...(e.target.files ?? [])])}
          />
        </div>
        {MANIFEST.length > 0 ? (
          <div className="ed-open-way">
            <h3>A published dataset</h3>
            <label htmlFor="open-bundled">A bundled dataset</label>
            <select id="open-bundled" value={bundled} onChange={(e) => setBundled(e.target.value)}>
              {MANIFEST.map((entry) => (
                <option key={entry.name} value={entry.name}>
                  {entry.title.en ?? Object.values(entry.title)[0] ?? entry.name}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => void openBundled()}>
              Open
            </button>
          </div>
        ) : null}
        <div className="ed-open-way">
          <h3>A new dataset</h3>
          <label htmlFor="template-languages">
            Its languages (BCP 47 tags, separated by commas)
          </label>
          <input
            id="template-languages"
            value={languages}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setLanguages(e.target.value)}
          />
          <button
            type="button"
            onClick={() => {
              const tags = languages
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean)
              const today = new Date().toISOString().slice(0, 10)
              onOpen(
                templateDataset(today, tags.length > 0 ? tags : ['en']),
                'new-dispute.json',
                TEMPLATE_TODO,
              )
            }}
          >
            Start from the template
          </button>
          <p className="ed-hint">One chamber, two parties, one measure and one phase to rename.</p>
        </div>
      </div>
      {errors.length > 0 ? (
        <div role="alert" className="ed-errors">
          <p>The files could not be opened:</p>
          <ul>
            {errors.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}

type Opened = { raw: RawDataset; name: string } | { problems: string[] }

/**
 * One JSON file opens as it is, even when invalid (the editor lists its problems); CSV files go
 * through the sheets import, which must succeed (a sheet's problems are named by file and row).
 */
async function openFiles(files: readonly File[]): Promise<Opened> {
  if (files.length === 0) return { problems: ['no file chosen'] }
  const json = files.filter((f) => /\.json$/i.test(f.name))
  if (json.length === 1 && files.length === 1 && json[0]) {
    const text = await json[0].text()
    try {
      const raw = JSON.parse(text) as unknown
      if (!isDatasetShaped(raw))
        return {
          problems: [`${json[0].name}: not a dataset (meta and the record lists are missing)`],
        }
      return { raw, name: json[0].name }
    } catch (error) {
      return { problems: [`${json[0].name}: not JSON (${String(error)})`] }
    }
  }
  if (json.length > 0) return { problems: ['open one JSON file, or only CSV files'] }
  const sheets = Object.fromEntries(
    await Promise.all(files.map(async (f) => [f.name, await f.text()] as const)),
  )
  const imported = sheetsToDataset(sheets)
  if (!imported.ok) return { problems: imported.problems }
  return { raw: imported.value, name: `${imported.value.meta.id}.json` }
}

/** Enough of a dataset's shape for the forms to show it; the validator names everything else. */
function isDatasetShaped(raw: unknown): raw is RawDataset {
  if (raw === null || typeof raw !== 'object') return false
  const r = raw as Record<string, unknown>
  return (
    typeof r.meta === 'object' &&
    r.meta !== null &&
    RECORD_LISTS.every((key) => Array.isArray(r[key]))
  )
}
