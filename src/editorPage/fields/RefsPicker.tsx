import { useState } from 'react'
import type { IdList } from '../../data/recordLists.ts'
import type { RawDataset } from '../../data/schema.ts'
import type { Path } from '../../editor/editPath.ts'
import { recordIds } from '../recordIds.ts'
import type { Edits } from '../useEditorDocument.ts'
import { SourceFromUrl } from './SourceFromUrl.tsx'
import './fields.css'

type Props = {
  id: string
  label: string
  path: Path
  value: unknown
  to: IdList
  raw: RawDataset
  edits: Edits
}

/**
 * A list of references picked from the ids that exist, never typed: each can be removed, one
 * added. A list of sources also takes a new source by its address.
 */
export function RefsPicker({ id, label, path, value, to, raw, edits }: Props) {
  const chosen = Array.isArray(value) ? (value as unknown[]).map(String) : []
  const left = recordIds(raw, to).filter((option) => !chosen.includes(option))
  const [draft, setDraft] = useState('')
  const adding = left.includes(draft) ? draft : (left[0] ?? '')
  const name = label.toLowerCase()
  return (
    <fieldset className="ed-field ed-refs" id={id}>
      <legend>{label}</legend>
      {chosen.length === 0 ? (
        <p className="ed-hint">None yet.</p>
      ) : (
        <ul>
          {chosen.map((ref, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an id may be listed twice while being edited (the validator says so)
            <li key={`${ref}-${i}`}>
              <span>{ref}</span>
              <button
                type="button"
                aria-label={`Remove ${ref} from ${name}`}
                onClick={() =>
                  edits.edit(
                    path,
                    chosen.filter((_, j) => j !== i),
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {left.length > 0 ? (
        <div className="ed-add">
          <label htmlFor={`${id}-add`}>Add to {name}</label>
          <select id={`${id}-add`} value={adding} onChange={(e) => setDraft(e.target.value)}>
            {left.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
          <button
            type="button"
            aria-label={`Add ${adding} to ${name}`}
            onClick={() => edits.edit(path, [...chosen, adding])}
          >
            Add
          </button>
        </div>
      ) : null}
      {to === 'sources' ? (
        <SourceFromUrl id={`${id}-url`} raw={raw} citeAt={path} edits={edits} />
      ) : null}
    </fieldset>
  )
}
