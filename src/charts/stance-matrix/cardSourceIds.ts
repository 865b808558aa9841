import type { RawStance } from '../../data/schema.ts'

/** The sources a cell's card lists: the stance's own, then each quote's that is not among them. */
export function cardSourceIds(stance: Pick<RawStance, 'sources' | 'quotes'>): string[] {
  return [...new Set([...stance.sources, ...(stance.quotes ?? []).map((quote) => quote.source)])]
}
