import type { RawDataset } from '../../data/schema.ts'
import { fieldId, type Path } from '../../editor/editPath.ts'
import { recordIds } from '../recordIds.ts'
import type { Edits } from '../useEditorDocument.ts'
import './fields.css'

type Props = { label: string; path: Path; value: unknown; raw: RawDataset; edits: Edits }

/** One side of a relation: exactly one party or one person, both picked from their lists. */
export function ActorField({ label, path, value, raw, edits }: Props) {
  const actor = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const kind = 'person' in actor && !('party' in actor) ? 'person' : 'party'
  const list = kind === 'party' ? 'parties' : 'people'
  const current = typeof actor[kind] === 'string' ? (actor[kind] as string) : ''
  const kindId = fieldId([...path, 'kind'])
  const idId = fieldId([...path, kind])
  return (
    <fieldset className="ed-field" id={fieldId(path)}>
      <legend>{label}</legend>
      <div className="ed-languages ed-numbers">
        <div className="ed-language">
          <label htmlFor={kindId}>A party or a person</label>
          <select
            id={kindId}
            value={kind}
            onChange={(e) => {
              const next = e.target.value === 'person' ? 'people' : 'parties'
              edits.edit(path, { [e.target.value]: recordIds(raw, next)[0] ?? '' })
            }}
          >
            <option value="party">party</option>
            <option value="person">person</option>
          </select>
        </div>
        <div className="ed-language">
          <label htmlFor={idId}>{kind === 'party' ? 'Party' : 'Person'}</label>
          <select
            id={idId}
            value={current}
            onChange={(e) => edits.edit(path, { [kind]: e.target.value })}
          >
            {current === '' ? <option value="">(choose)</option> : null}
            {recordIds(raw, list).map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  )
}
