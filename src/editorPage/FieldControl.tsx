import type { ComponentProps } from 'react'
import type { IdList } from '../data/recordLists.ts'
import type { RawDataset } from '../data/schema.ts'
import { fieldId, type Path } from '../editor/editPath.ts'
import { renameId } from '../editor/renameId.ts'
import { ActorField } from './fields/ActorField.tsx'
import { ColourField } from './fields/ColourField.tsx'
import { IdField } from './fields/IdField.tsx'
import { Labelled } from './fields/Labelled.tsx'
import { LanguagesField } from './fields/LanguagesField.tsx'
import { ListField } from './fields/ListField.tsx'
import { datasetLanguages, LocalizedField } from './fields/LocalizedField.tsx'
import { MajorityField } from './fields/MajorityField.tsx'
import { ProposedByField } from './fields/ProposedByField.tsx'
import { newQuote, QuoteFields } from './fields/QuoteFields.tsx'
import { RefsPicker } from './fields/RefsPicker.tsx'
import { SeatsField } from './fields/SeatsField.tsx'
import { SimpleField } from './fields/SimpleField.tsx'
import type { FieldSpec } from './recordSpecs.ts'
import type { Edits } from './useEditorDocument.ts'
import './fields/fields.css'

type Props = {
  spec: FieldSpec
  /** The record's path; the field is at `[...path, spec.key]`. */
  path: Path
  record: Record<string, unknown>
  raw: RawDataset
  edits: Edits
  /** The list the record belongs to, for an id that renames its references. */
  kind?: IdList
}

/** One labelled control for one field of a record, chosen by the field's kind. */
export function FieldControl({ spec, path, record, raw, edits, kind }: Props) {
  const at = [...path, spec.key]
  const id = fieldId(at)
  const value = record[spec.key]
  const { label } = spec
  const emptyTexts = () => Object.fromEntries(datasetLanguages(raw).map((tag) => [tag, '']))
  // The lists of small records (roles, corrections, quotes) differ only in their items.
  const listOf = (
    list: Pick<ComponentProps<typeof ListField>, 'noun' | 'make' | 'item' | 'optional'>,
  ) => <ListField label={label} path={at} value={value} edits={edits} {...list} />
  switch (spec.kind) {
    case 'id':
      return kind ? (
        <IdField
          id={id}
          label={label}
          value={String(value ?? '')}
          onRename={(to) => edits.replace((r) => renameId(r, kind, String(value ?? ''), to))}
        />
      ) : null
    case 'localized':
      return (
        <LocalizedField
          label={label}
          path={at}
          value={value}
          raw={raw}
          edits={edits}
          optional={spec.optional}
          long={spec.long}
        />
      )
    case 'refs':
      return (
        <RefsPicker
          id={id}
          label={label}
          path={at}
          value={value}
          to={spec.to}
          raw={raw}
          edits={edits}
        />
      )
    case 'seats':
      return <SeatsField label={label} path={at} value={value} raw={raw} edits={edits} />
    case 'colour':
      return <ColourField label={label} path={at} value={value} edits={edits} />
    case 'languages':
      return <LanguagesField label={label} path={at} raw={raw} edits={edits} />
    case 'majority':
      return <MajorityField label={label} path={at} value={value} edits={edits} />
    case 'actor':
      return <ActorField label={label} path={at} value={value} raw={raw} edits={edits} />
    case 'proposedBy':
      return <ProposedByField label={label} path={at} value={value} raw={raw} edits={edits} />
    case 'roles':
      return listOf({
        noun: 'role',
        make: emptyTexts,
        item: (p, v) => <LocalizedField label="Role" path={p} value={v} raw={raw} edits={edits} />,
      })
    case 'corrections':
      return listOf({
        noun: 'correction',
        optional: true,
        make: () => ({ date: new Date().toISOString().slice(0, 10), text: emptyTexts() }),
        item: (p, v) => (
          <div className="ed-form">
            <SimpleField
              spec={{ key: 'date', label: 'Date (YYYY-MM-DD)', kind: 'date' }}
              path={p}
              record={asRecord(v)}
              edits={edits}
            />
            <LocalizedField
              label="What was wrong, and what it says now"
              path={[...p, 'text']}
              value={asRecord(v).text}
              raw={raw}
              edits={edits}
              long
            />
          </div>
        ),
      })
    case 'quotes':
      return listOf({
        noun: 'quote',
        optional: true,
        make: () => newQuote(raw),
        item: (p, v) => <QuoteFields path={p} value={v} raw={raw} edits={edits} />,
      })
    case 'quote':
      return (
        <fieldset className="ed-field ed-list" id={id}>
          <legend>
            {label}
            <span className="ed-optional"> (optional)</span>
          </legend>
          {value ? (
            <>
              <QuoteFields path={at} value={value} raw={raw} edits={edits} />
              <button type="button" className="ed-remove" onClick={() => edits.edit(at, undefined)}>
                Remove the quote
              </button>
            </>
          ) : (
            <button type="button" onClick={() => edits.edit(at, newQuote(raw))}>
              Add a quote
            </button>
          )}
        </fieldset>
      )
    case 'enum':
      return (
        <Labelled id={id} label={label}>
          <select
            id={id}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => edits.edit(at, e.target.value === '' ? undefined : e.target.value)}
          >
            {spec.optional || typeof value !== 'string' ? <option value="">(none)</option> : null}
            {spec.values.map((v) => (
              <option key={v} value={v}>
                {optionText(v, spec.labels?.[v])}
              </option>
            ))}
          </select>
        </Labelled>
      )
    case 'ref':
    case 'language': {
      const options = spec.kind === 'ref' ? recordIdsOf(raw, spec.to) : datasetLanguages(raw)
      const none = spec.kind === 'ref' && (spec.nullable || spec.optional)
      const current = typeof value === 'string' ? value : ''
      return (
        <Labelled id={id} label={label}>
          <select
            id={id}
            value={current}
            onChange={(e) =>
              edits.edit(
                at,
                e.target.value === ''
                  ? spec.kind === 'ref' && spec.nullable
                    ? null
                    : undefined
                  : e.target.value,
              )
            }
          >
            {none || !options.includes(current) ? (
              <option value="">{none ? '(none)' : '(choose)'}</option>
            ) : null}
            {options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </Labelled>
      )
    }
    default:
      return <SimpleField spec={spec} path={path} record={record} edits={edits} />
  }
}

/** "red-line: red line"; a value whose label only repeats it stays alone. */
function optionText(value: string, label: string | undefined): string {
  if (!label || label.toLowerCase() === value.replaceAll('-', ' ')) return value
  return `${value}: ${label}`
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}

function recordIdsOf(raw: RawDataset, kind: IdList): string[] {
  const list: unknown = raw[kind]
  return Array.isArray(list)
    ? list
        .map((r) => (r as { id?: unknown })?.id)
        .filter((id): id is string => typeof id === 'string')
    : []
}
