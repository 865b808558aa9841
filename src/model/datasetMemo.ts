import type { Dataset } from '../data/indexDataset.ts'

/**
 * A cache of one derivation per dataset and key, for what a phase change leaves as it was (the
 * parties in side order, the matrix's columns): every phase's model then holds the same arrays,
 * and what is laid out from them is not laid out again. What it returns is shared: never mutate it.
 */
export function datasetMemo<T>(): (dataset: Dataset, key: string, derive: () => T) => T {
  const cache = new WeakMap<Dataset, Map<string, T>>()
  return (dataset, key, derive) => {
    const known = cache.get(dataset) ?? new Map<string, T>()
    cache.set(dataset, known)
    const found = known.get(key)
    if (found !== undefined) return found
    const value = derive()
    known.set(key, value)
    return value
  }
}
