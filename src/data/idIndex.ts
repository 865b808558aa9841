/** Maps each record's id to its record; the first of any duplicates wins (duplicates are reported). */
export function indexById<T extends { id: string }>(
  records: readonly (T | undefined)[],
): ReadonlyMap<string, T> {
  const map = new Map<string, T>()
  // `undefined` is a record that failed its shape check (see partialDataset.ts).
  for (const record of records) if (record && !map.has(record.id)) map.set(record.id, record)
  return map
}

/** Lists some known ids for an error message, e.g. `vvd, d66, cda, …`. */
export function knownIds(ids: readonly string[], limit = 8): string {
  if (ids.length === 0) return 'none defined'
  return ids.length > limit ? `${ids.slice(0, limit).join(', ')}, …` : ids.join(', ')
}
