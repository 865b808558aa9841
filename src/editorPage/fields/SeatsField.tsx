import type { RawDataset } from '../../data/schema.ts'
import { fieldId, type Path } from '../../editor/editPath.ts'
import { recordIds } from '../recordIds.ts'
import type { Edits } from '../useEditorDocument.ts'
import './fields.css'

type Props = { label: string; path: Path; value: unknown; raw: RawDataset; edits: Edits }

/** A party's seats: one number per chamber; an empty box means it sits in no seat there. */
export function SeatsField({ label, path, value, raw, edits }: Props) {
  const seats = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const chambers = [...new Set([...recordIds(raw, 'chambers'), ...Object.keys(seats)])]
  return (
    <fieldset className="ed-field" id={fieldId(path)}>
      <legend>{label}</legend>
      <div className="ed-languages ed-numbers">
        {chambers.map((chamber) => {
          const id = fieldId([...path, chamber])
          return (
            <div key={chamber} className="ed-language">
              <label htmlFor={id}>
                <span className="visually-hidden">Seats in </span>
                {chamber}
              </label>
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={0}
                value={Number.isFinite(seats[chamber]) ? String(seats[chamber]) : ''}
                onChange={(e) =>
                  edits.edit(
                    [...path, chamber],
                    e.target.value === '' ? undefined : Number(e.target.value),
                    `${path.join('.')}.${chamber}`,
                  )
                }
              />
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
