import type { RawDataset } from '../../data/schema.ts'
import { fieldId, type Path } from '../../editor/editPath.ts'
import { setLanguages } from '../../editor/setLanguages.ts'
import type { Edits } from '../useEditorDocument.ts'
import './fields.css'
import { useCommittedText } from './useCommittedText.ts'

type Props = { label: string; path: Path; raw: RawDataset; edits: Edits }

/**
 * The dataset's languages, as tags separated by commas, applied on Enter or when the box is
 * left: every text then shows one box per language listed here.
 */
export function LanguagesField({ label, path, raw, edits }: Props) {
  const id = fieldId(path)
  const current = Array.isArray(raw.meta?.languages) ? raw.meta.languages.join(', ') : ''
  const box = useCommittedText(current, (draft) => {
    const tags = draft
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean)
    if (tags.join(', ') !== current) edits.replace((r) => setLanguages(r, tags))
  })
  return (
    <div className="ed-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        {...box}
        aria-describedby={`${id}-hint`}
        spellCheck={false}
        autoComplete="off"
      />
      <p id={`${id}-hint`} className="ed-hint">
        BCP 47 tags separated by commas (nl, en, pt-BR), applied with Enter. Every text gets a box
        per language; a language removed takes its texts with it (Undo brings them back).
      </p>
    </div>
  )
}
