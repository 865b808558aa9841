import { countNoun } from '../data/problem.ts'
import { RECORD_LISTS, RECORD_NOUN } from '../data/recordLists.ts'
import type { RawDataset } from '../data/schema.ts'

const CHANGES = ['renamed', 'changed', 'added', 'removed'] as const
type Change = (typeof CHANGES)[number]
/** What changed in one list: counts of records renamed, changed, added and removed. */
export type ListChanges = { list: string; one: string; other: string } & Record<Change, number>

type Rec = Record<string, unknown>
/** Per list, the ids renamed between two versions: old id → new id. */
type Renames = ReadonlyMap<string, ReadonlyMap<string, string>>

/**
 * The ids renamed between two versions: a record in the same place of its list whose id
 * changed, the old id gone and the new one not there before (as the editor's rename leaves it).
 */
function findRenames(before: RawDataset, after: RawDataset): Renames {
  const renames = new Map<string, Map<string, string>>()
  for (const list of RECORD_LISTS) {
    if (list === 'stances') continue
    const old = asList(before[list])
    const now = asList(after[list])
    const oldIds = new Set(old.map((r) => r.id))
    const newIds = new Set(now.map((r) => r.id))
    const found = new Map<string, string>()
    old.forEach((record, i) => {
      const from = record.id
      const to = now[i]?.id
      if (typeof from !== 'string' || typeof to !== 'string' || from === to) return
      if (!newIds.has(from) && !oldIds.has(to)) found.set(from, to)
    })
    renames.set(list, found)
  }
  return renames
}

/** A record's identity across versions: its id; a stance's party, measure and phase. */
function keyOf(list: string, record: Rec, renames?: Renames): string {
  const id = (kind: string, value: unknown) =>
    String(renames?.get(kind)?.get(String(value)) ?? value)
  if (list === 'stances')
    return `${id('parties', record.party)}|${id('measures', record.measure)}|${id('phases', record.phase)}`
  return id(list, record.id)
}

/** Per list, the records renamed, changed, added and removed (lists without changes left out). */
export function listChanges(before: RawDataset, after: RawDataset): ListChanges[] {
  const renames = findRenames(before, after)
  return RECORD_LISTS.flatMap((list) => {
    // The earlier version's records under the ids they have now, so a rename pairs them up.
    const old = new Map(asList(before[list]).map((r) => [keyOf(list, r, renames), r]))
    const now = new Map(asList(after[list]).map((r) => [keyOf(list, r), r]))
    const counts = { renamed: 0, changed: 0, added: 0, removed: 0 }
    for (const [key, record] of now) {
      const was = old.get(key)
      if (was === undefined) counts.added++
      else if (was.id !== record.id) counts.renamed++
      else if (JSON.stringify(was) !== JSON.stringify(record)) counts.changed++
    }
    for (const key of old.keys()) if (!now.has(key)) counts.removed++
    return CHANGES.some((change) => counts[change] > 0)
      ? [{ list, one: RECORD_NOUN[list], other: list, ...counts }]
      : []
  })
}

/**
 * One line a desk can paste into its corrections list: "3 stances changed, 1 source added",
 * with the meta fields named ("meta: title, asOf changed"); "no changes" when there are none.
 * A renamed id counts once, as renamed; the records that refer to it count as changed.
 */
export function changeSummary(before: RawDataset, after: RawDataset): string {
  const parts: string[] = []
  const meta = changedKeys(before.meta, after.meta)
  if (meta.length > 0) parts.push(`meta: ${meta.join(', ')} changed`)
  for (const c of listChanges(before, after))
    for (const change of CHANGES)
      if (c[change] > 0) parts.push(`${countNoun(c[change], c.one, c.other)} ${change}`)
  return parts.length > 0 ? parts.join(', ') : 'no changes'
}

function changedKeys(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Rec
  const b = (after ?? {}) as Rec
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
  return keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
}

function asList(value: unknown): Rec[] {
  return Array.isArray(value)
    ? value.filter((r): r is Rec => r !== null && typeof r === 'object')
    : []
}
