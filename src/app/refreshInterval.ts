import { MIN_REFRESH_SECONDS } from '../state/url.ts'

/**
 * Seconds between checks for a newer dataset, or `null` for none. The reader's `?refresh=` wins
 * (0 turns checking off), but can never ask more often than the dataset's `meta.refresh`
 * allows: a newsroom sets the floor its server can take. Without `?refresh=`, the dataset's
 * own setting applies; without either, the page does not check.
 */
export function refreshInterval(
  datasetSeconds: number | undefined,
  urlSeconds: number | null,
): number | null {
  if (urlSeconds === 0) return null
  if (urlSeconds === null) return datasetSeconds ?? null
  return Math.max(urlSeconds, datasetSeconds ?? 0, MIN_REFRESH_SECONDS)
}
