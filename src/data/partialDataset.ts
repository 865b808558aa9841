import { RECORD_LISTS, type RecordList } from './recordLists.ts'
import { type RawDataset, rawDatasetSchema } from './schema.ts'

/**
 * A dataset whose records may have failed their shape check. A failed record is `undefined`,
 * kept in place so the paths of the others keep their indices; `ids` holds the id written on
 * every record, failed or not, so references to a record with a bad colour still resolve.
 */
export type PartialDataset = {
  readonly [K in RecordList]: readonly (RawDataset[K][number] | undefined)[]
} & {
  readonly meta?: RawDataset['meta'] | undefined
  /** `null` for a list that is not a list at all: references into it cannot be judged. */
  readonly ids?: { readonly [K in RecordList]?: readonly (string | undefined)[] | null }
}

/**
 * Keeps the parts of an invalid file that did parse, record by record, so the reference and
 * rule checks can report on them in the same run as the shape problems.
 */
export function partialDataset(raw: unknown): PartialDataset | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null
  const input = raw as Record<string, unknown>
  const shape = rawDatasetSchema.shape
  const meta = shape.meta.safeParse(input.meta)
  const lists: Record<string, unknown[]> = {}
  const ids: Record<string, (string | undefined)[] | null> = {}
  for (const name of RECORD_LISTS) {
    const given = Array.isArray(input[name]) ? (input[name] as unknown[]) : []
    // Each list's own record schema, so one bad record leaves its neighbours checked.
    const element: { safeParse: (value: unknown) => { success: boolean; data?: unknown } } =
      shape[name].element
    lists[name] = given.map((record) => {
      const result = element.safeParse(record)
      return result.success ? result.data : undefined
    })
    ids[name] = !Array.isArray(input[name])
      ? null
      : given.map((record) => {
          const id =
            typeof record === 'object' && record !== null && 'id' in record ? record.id : null
          return typeof id === 'string' ? id : undefined
        })
  }
  return {
    ...(lists as unknown as PartialDataset),
    meta: meta.success ? meta.data : undefined,
    ids,
  }
}
