import { RECORD_NOUN } from '../data/recordLists.ts'
import type { RawDataset } from '../data/schema.ts'
import { fieldId } from '../editor/editPath.ts'
import { referencesTo } from '../editor/references.ts'
import { FieldControl } from './FieldControl.tsx'
import { SourceFromUrl } from './fields/SourceFromUrl.tsx'
import { newRecord } from './newRecord.ts'
import { type FormKind, RECORD_SPECS } from './recordSpecs.ts'
import type { Edits } from './useEditorDocument.ts'
import './fields/fields.css'

type Props = {
  kind: FormKind
  raw: RawDataset
  edits: Edits
  index: number
  onChoose: (index: number) => void
}

/** One record list: choose a record, edit its fields, add one or delete it (asking first when referenced). */
export function RecordForm({ kind, raw, edits, index, onChoose }: Props) {
  const records = (Array.isArray(raw[kind]) ? raw[kind] : []) as Record<string, unknown>[]
  const noun = RECORD_NOUN[kind]
  const record = records[index]
  const chooserId = `choose-${kind}`
  const add = () => {
    edits.replace((r) => ({ ...r, [kind]: [...records, newRecord(kind, r)] }))
    onChoose(records.length)
  }
  const remove = () => {
    const id = String(record?.id ?? '')
    const refs = referencesTo(raw, kind, id)
    if (refs.length > 0) {
      const where = refs.slice(0, 12).map((ref) => `  ${ref.path.join('.')}`)
      const more = refs.length > 12 ? [`  and ${refs.length - 12} more`] : []
      const ask = `${refs.length} reference${refs.length === 1 ? '' : 's'} to ${noun} "${id}" would be left pointing at nothing:\n${[...where, ...more].join('\n')}\n\nDelete it anyway?`
      if (!window.confirm(ask)) return
    }
    edits.replace((r) => ({ ...r, [kind]: records.filter((_, i) => i !== index) }))
    onChoose(Math.max(0, index - 1))
  }
  return (
    <section className="ed-records" aria-labelledby={`${kind}-heading`}>
      <h2 id={`${kind}-heading`} tabIndex={-1}>
        {kind[0]?.toUpperCase()}
        {kind.slice(1)} ({records.length})
      </h2>
      <div className="ed-chooser">
        <label htmlFor={chooserId}>Edit {noun}</label>
        <select
          id={chooserId}
          value={record ? index : ''}
          onChange={(e) => onChoose(Number(e.target.value))}
        >
          {records.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: records are chosen by place; ids may repeat while being edited
            <option key={i} value={i}>
              {String(r?.id ?? `(record ${i + 1})`)}
            </option>
          ))}
        </select>
        <button type="button" onClick={add}>
          Add {noun}
        </button>
        {record ? (
          <button type="button" onClick={remove}>
            Delete {noun}
          </button>
        ) : null}
      </div>
      {kind === 'sources' ? <SourceFromUrl id="sources-new-url" raw={raw} edits={edits} /> : null}
      {record ? (
        <div className="ed-form" id={fieldId([kind, index])} tabIndex={-1}>
          {RECORD_SPECS[kind].map((spec) => (
            <FieldControl
              key={spec.key}
              spec={spec}
              path={[kind, index]}
              record={record}
              raw={raw}
              edits={edits}
              kind={kind}
            />
          ))}
        </div>
      ) : (
        <p>No {noun} yet.</p>
      )}
    </section>
  )
}
