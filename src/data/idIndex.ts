/** Maps each record's id to its record; the first of any duplicates wins (duplicates are reported). */
export function indexById<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>()
  for (const record of records) if (!map.has(record.id)) map.set(record.id, record)
  return map
}

/** Lists some known ids for an error message, e.g. `vvd, d66, cda, …`. */
export function knownIds(map: ReadonlyMap<string, unknown>, limit = 8): string {
  const ids = [...map.keys()]
  if (ids.length === 0) return 'none defined'
  return ids.length > limit ? `${ids.slice(0, limit).join(', ')}, …` : ids.join(', ')
}
