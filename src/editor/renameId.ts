import type { IdList } from '../data/recordLists.ts'
import type { RawDataset } from '../data/schema.ts'
import { getIn, type Path, setIn } from './editPath.ts'
import { referencesTo } from './references.ts'

/**
 * Renames the record `from` of a list to `to`, and every reference to it with it (a party's
 * stances, seats keyed by a chamber, a source cited anywhere). Unchanged when `from` is not in
 * the list; the new id is not checked here (the validator names a bad or duplicate one).
 */
export function renameId(raw: RawDataset, kind: IdList, from: string, to: string): RawDataset {
  const records: unknown = raw[kind]
  const index = Array.isArray(records)
    ? records.findIndex((record) => (record as { id?: unknown })?.id === from)
    : -1
  if (index < 0 || from === to) return raw
  let next = setIn(raw, [kind, index, 'id'], to)
  for (const ref of referencesTo(raw, kind, from)) next = renameAt(next, ref.path, to)
  return next
}

/** Writes the new id at a reference; a seats key is renamed in its place, keeping key order. */
function renameAt(raw: RawDataset, path: Path, to: string): RawDataset {
  const parent = path.slice(0, -1)
  const last = path.at(-1)
  if (parent.at(-1) === 'seats' && typeof last === 'string') {
    const seats = getIn(raw, parent) as Record<string, unknown>
    const renamed = Object.fromEntries(
      Object.entries(seats).map(([key, value]) => [key === last ? to : key, value]),
    )
    return setIn(raw, parent, renamed)
  }
  return setIn(raw, path, to)
}
