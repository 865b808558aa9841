import { RECORD_NOUN } from '../data/recordLists.ts'
import type { RawDataset } from '../data/schema.ts'
import { recordIds } from './recordIds.ts'
import { type FieldSpec, type FormKind, RECORD_SPECS } from './recordSpecs.ts'

/**
 * A new record for a list: a free id (`party-3`), an empty box per language for each required
 * text, empty lists, and the first phase or party where one is required, so the validator names
 * only what the desk must still write.
 */
export function newRecord(kind: FormKind, raw: RawDataset): Record<string, unknown> {
  const taken = new Set(recordIds(raw, kind))
  let n = taken.size + 1
  while (taken.has(`${RECORD_NOUN[kind]}-${n}`)) n++
  const languages = Array.isArray(raw.meta?.languages) ? raw.meta.languages : []
  const record: Record<string, unknown> = {}
  const specs: readonly FieldSpec[] = RECORD_SPECS[kind]
  for (const spec of specs) {
    if (spec.optional) continue
    record[spec.key] = firstValue(spec, raw, `${RECORD_NOUN[kind]}-${n}`, languages)
  }
  if (kind === 'sources') Object.assign(record, { title: null, language: languages[0] ?? 'en' })
  // A relation runs between two actors: the second party, where there is one, as its target.
  if (kind === 'relations') record.to = { party: recordIds(raw, 'parties')[1] ?? '' }
  return orderLike(kind, record)
}

/** A required field's first value: empty where only the desk can fill it, else the first choice. */
function firstValue(spec: FieldSpec, raw: RawDataset, id: string, languages: readonly string[]) {
  switch (spec.kind) {
    case 'id':
      return id
    case 'localized':
      return Object.fromEntries(languages.map((tag) => [tag, '']))
    case 'refs':
    case 'roles':
      return []
    case 'seats':
      return Object.fromEntries(recordIds(raw, 'chambers').map((chamber) => [chamber, 0]))
    case 'enum':
      return spec.values[0]
    case 'ref':
      return spec.nullable ? null : (recordIds(raw, spec.to)[0] ?? '')
    case 'number':
      return 1
    case 'colour':
      return '#767676'
    case 'proposedBy':
      return null
    case 'actor':
      return { party: recordIds(raw, 'parties')[0] ?? '' }
    default:
      return ''
  }
}

/** The record's keys in the form's order (the schema's), so the saved file needs no reordering. */
function orderLike(kind: FormKind, record: Record<string, unknown>): Record<string, unknown> {
  const specs: readonly FieldSpec[] = RECORD_SPECS[kind]
  const order = specs.map((spec) => spec.key)
  const keys = Object.keys(record).sort((a, b) => rank(order, a) - rank(order, b))
  return Object.fromEntries(keys.map((key) => [key, record[key]]))
}

function rank(order: string[], key: string): number {
  const i = order.indexOf(key)
  return i < 0 ? order.length : i
}
