import type { RawDataset } from '../../data/schema.ts'
import { fieldId, type Path } from '../../editor/editPath.ts'
import type { Edits } from '../useEditorDocument.ts'
import { RefsPicker } from './RefsPicker.tsx'
import './fields.css'

type Props = { label: string; path: Path; value: unknown; raw: RawDataset; edits: Edits }

/** Who proposed a measure: parties and people picked from lists, or not known (`null`). */
export function ProposedByField({ label, path, value, raw, edits }: Props) {
  const by = value && typeof value === 'object' ? (value as Record<string, unknown>) : null
  const unknownId = fieldId([...path, 'unknown'])
  return (
    <fieldset className="ed-field" id={fieldId(path)}>
      <legend>{label}</legend>
      <div className="ed-check">
        <input
          id={unknownId}
          type="checkbox"
          checked={by === null}
          onChange={(e) => edits.edit(path, e.target.checked ? null : { parties: [], people: [] })}
        />
        <label htmlFor={unknownId}>Reporting does not say who proposed it</label>
      </div>
      {by ? (
        <>
          <RefsPicker
            id={fieldId([...path, 'parties'])}
            label="Parties"
            path={[...path, 'parties']}
            value={by.parties}
            to="parties"
            raw={raw}
            edits={edits}
          />
          <RefsPicker
            id={fieldId([...path, 'people'])}
            label="People"
            path={[...path, 'people']}
            value={by.people}
            to="people"
            raw={raw}
            edits={edits}
          />
        </>
      ) : null}
    </fieldset>
  )
}
