import type { Dataset } from '../data/indexDataset.ts'
import type { RawDataset } from '../data/schema.ts'
import { datasetLanguages } from './fields/LocalizedField.tsx'
import { PhaseSelect } from './PhaseSelect.tsx'
import { Preview } from './Preview.tsx'

type Props = {
  raw: RawDataset
  dataset: Dataset | null
  stale: boolean
  phase: string
  onPhase: (phase: string) => void
  language: string
  onLanguage: (language: string) => void
}

/** The preview column: its phase and language, then the reader's charts. */
export function PreviewSection({
  raw,
  dataset,
  stale,
  phase,
  onPhase,
  language,
  onLanguage,
}: Props) {
  const languages = datasetLanguages(raw)
  return (
    <section className="ed-preview" aria-labelledby="preview-heading">
      <div className="ed-preview-bar">
        <h2 id="preview-heading">Preview</h2>
        <PhaseSelect id="preview-phase" label="Phase" raw={raw} phase={phase} onPhase={onPhase} />
        <div className="ed-row">
          <label htmlFor="preview-language">Language</label>
          <select
            id="preview-language"
            value={language}
            onChange={(e) => onLanguage(e.target.value)}
          >
            {languages.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Preview dataset={dataset} phase={phase} language={language} stale={stale} />
    </section>
  )
}
