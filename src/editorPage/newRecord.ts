import type { RawDataset } from '../data/schema.ts'
import { recordIds } from './recordIds.ts'
import { type FieldSpec, type FormKind, NOUNS, RECORD_SPECS } from './recordSpecs.ts'

/**
 * A new record for a list: a free id (`party-3`), an empty box per language for each required
 * text, empty lists, and the first phase or party where one is required, so the validator names
 * only what the desk must still write.
 */
export function newRecord(kind: FormKind, raw: RawDataset): Record<string, unknown> {
  const taken = new Set(recordIds(raw, kind))
  let n = taken.size + 1
  while (taken.has(`${NOUNS[kind]}-${n}`)) n++
  const languages = Array.isArray(raw.meta?.languages) ? raw.meta.languages : []
  const record: Record<string, unknown> = {}
  const specs: readonly FieldSpec[] = RECORD_SPECS[kind]
  for (const spec of specs) {
    if (spec.optional) continue
    if (spec.kind === 'id') record[spec.key] = `${NOUNS[kind]}-${n}`
    else if (spec.kind === 'localized')
      record[spec.key] = Object.fromEntries(languages.map((tag) => [tag, '']))
    else if (spec.kind === 'refs') record[spec.key] = []
    else if (spec.kind === 'seats')
      record[spec.key] = Object.fromEntries(recordIds(raw, 'chambers').map((id) => [id, 0]))
    else if (spec.kind === 'enum') record[spec.key] = spec.values[0]
    else if (spec.kind === 'ref')
      record[spec.key] = spec.nullable ? null : (recordIds(raw, spec.to)[0] ?? '')
    else if (spec.kind === 'number') record[spec.key] = 1
    else if (spec.key === 'title' && kind === 'sources') record[spec.key] = null
    else record[spec.key] = ''
  }
  if (kind === 'parties') Object.assign(record, { colour: '#767676' })
  if (kind === 'measures') record.proposedBy = null
  if (kind === 'relations') {
    const [from = '', to = ''] = recordIds(raw, 'parties')
    Object.assign(record, { from: { party: from }, to: { party: to } })
  }
  if (kind === 'sources') record.language = languages[0] ?? 'en'
  return orderLike(kind, record)
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
