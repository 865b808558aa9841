import { countNoun } from '../data/problem.ts'
import type { RawDataset } from '../data/schema.ts'

/** The record lists a summary counts, in the order the format lists them. */
const LISTS = [
  ['chambers', 'chamber', 'chambers'],
  ['parties', 'party', 'parties'],
  ['people', 'person', 'people'],
  ['topics', 'topic', 'topics'],
  ['measures', 'measure', 'measures'],
  ['phases', 'phase', 'phases'],
  ['stances', 'stance', 'stances'],
  ['events', 'event', 'events'],
  ['relations', 'relation', 'relations'],
  ['sources', 'source', 'sources'],
] as const

type Change = 'changed' | 'added' | 'removed'
/** What changed in one list: counts of records changed, added and removed. */
export type ListChanges = { list: string; one: string; other: string } & Record<Change, number>

/** A record's identity across versions: its id; a stance's party, measure and phase. */
function keyOf(list: string, record: unknown): string {
  const r = (record ?? {}) as Record<string, unknown>
  if (list === 'stances') return `${String(r.party)}|${String(r.measure)}|${String(r.phase)}`
  return String(r.id)
}

/** Per list, the records changed, added and removed between two versions (lists without changes left out). */
export function listChanges(before: RawDataset, after: RawDataset): ListChanges[] {
  return LISTS.flatMap(([list, one, other]) => {
    const old = new Map(asList(before[list]).map((r) => [keyOf(list, r), JSON.stringify(r)]))
    const now = new Map(asList(after[list]).map((r) => [keyOf(list, r), JSON.stringify(r)]))
    const counts = { changed: 0, added: 0, removed: 0 }
    for (const [key, text] of now) {
      const was = old.get(key)
      if (was === undefined) counts.added++
      else if (was !== text) counts.changed++
    }
    for (const key of old.keys()) if (!now.has(key)) counts.removed++
    return counts.changed + counts.added + counts.removed > 0
      ? [{ list, one, other, ...counts }]
      : []
  })
}

/**
 * One line a desk can paste into its corrections list: "3 stances changed, 1 source added",
 * with the meta fields named ("meta: title, asOf changed"); "no changes" when there are none.
 */
export function changeSummary(before: RawDataset, after: RawDataset): string {
  const parts: string[] = []
  const meta = changedKeys(before.meta, after.meta)
  if (meta.length > 0) parts.push(`meta: ${meta.join(', ')} changed`)
  for (const c of listChanges(before, after))
    for (const change of ['changed', 'added', 'removed'] as const)
      if (c[change] > 0) parts.push(`${countNoun(c[change], c.one, c.other)} ${change}`)
  return parts.length > 0 ? parts.join(', ') : 'no changes'
}

function changedKeys(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>
  const b = (after ?? {}) as Record<string, unknown>
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
  return keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}
