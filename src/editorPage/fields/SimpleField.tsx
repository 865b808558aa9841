import { fieldId, type Path } from '../../editor/editPath.ts'
import type { FieldSpec } from '../recordSpecs.ts'
import type { Edits } from '../useEditorDocument.ts'
import { Labelled } from './Labelled.tsx'
import './fields.css'

type Props = { spec: FieldSpec; path: Path; record: Record<string, unknown>; edits: Edits }

/**
 * A one-line box: text, a date, a time, a number, or a yes/no. An optional field left empty is
 * removed from the record; a source's headline left empty becomes `null` (not verified).
 */
export function SimpleField({ spec, path, record, edits }: Props) {
  const at = [...path, spec.key]
  const id = fieldId(at)
  const value = record[spec.key]
  const key = at.join('.')
  const empty = spec.optional ? (spec.key === 'title' ? null : undefined) : ''
  const label = (
    <>
      {spec.label}
      {spec.optional ? <span className="ed-optional"> (optional)</span> : null}
    </>
  )
  if (spec.kind === 'boolean')
    return (
      <div className="ed-field ed-check">
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          onChange={(e) => edits.edit(at, e.target.checked ? true : undefined)}
        />
        <label htmlFor={id}>{spec.label}</label>
      </div>
    )
  if (spec.kind === 'number')
    return (
      <Labelled id={id} label={label}>
        <input
          id={id}
          className="ed-short"
          type="number"
          inputMode="numeric"
          value={Number.isFinite(value) ? String(value) : ''}
          onChange={(e) =>
            edits.edit(at, e.target.value === '' ? empty : Number(e.target.value), key)
          }
        />
      </Labelled>
    )
  return (
    <Labelled id={id} label={label}>
      <input
        id={id}
        className={spec.kind === 'date' || spec.kind === 'time' ? 'ed-short' : undefined}
        value={typeof value === 'string' ? value : ''}
        spellCheck={spec.kind === 'text' ? undefined : false}
        autoComplete="off"
        onChange={(e) => edits.edit(at, e.target.value === '' ? empty : e.target.value, key)}
      />
    </Labelled>
  )
}
