import './fields.css'
import { useCommittedText } from './useCommittedText.ts'

type Props = { id: string; label: string; value: string; onRename: (to: string) => void }

/** An id is renamed on Enter or when the box is left, with every reference to it. */
export function IdField({ id, label, value, onRename }: Props) {
  const box = useCommittedText(value, (draft) => {
    if (draft.trim() !== value) onRename(draft.trim())
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
        Enter renames it and every reference to it; Escape keeps the old id.
      </p>
    </div>
  )
}
