import type { IdList } from '../data/recordLists.ts'
import type { RawDataset } from '../data/schema.ts'

/** The ids of a list, in its order: what a reference may be picked from. */
export function recordIds(raw: RawDataset, kind: IdList): string[] {
  const list: unknown = raw[kind]
  return Array.isArray(list)
    ? list
        .map((r) => (r as { id?: unknown })?.id)
        .filter((id): id is string => typeof id === 'string')
    : []
}
