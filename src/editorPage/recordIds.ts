import type { RawDataset } from '../data/schema.ts'
import type { IdKind } from '../editor/references.ts'

/** The ids of a list, in its order: what a reference may be picked from. */
export function recordIds(raw: RawDataset, kind: IdKind): string[] {
  const list: unknown = raw[kind]
  return Array.isArray(list)
    ? list
        .map((r) => (r as { id?: unknown })?.id)
        .filter((id): id is string => typeof id === 'string')
    : []
}
