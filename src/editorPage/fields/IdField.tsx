import { useState } from 'react'
import './fields.css'

type Props = { id: string; label: string; value: string; onRename: (to: string) => void }

/** An id is renamed on Enter or when the box is left, with every reference to it. */
export function IdField({ id, label, value, onRename }: Props) {
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft !== null && draft.trim() !== value) onRename(draft.trim())
    setDraft(null)
  }
  return (
    <div className="ed-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={draft ?? value}
        aria-describedby={`${id}-hint`}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit()
          if (e.key === 'Escape') setDraft(null)
        }}
      />
      <p id={`${id}-hint`} className="ed-hint">
        Enter renames it and every reference to it; Escape keeps the old id.
      </p>
    </div>
  )
}
