/** Where the page should load its dataset from, or why it refuses. */
export type DatasetLocation =
  | { ok: true; url: string; name: string }
  | { ok: false; reason: 'absolute' | 'scheme' | 'not-json' | 'other-origin' }

const BUNDLED_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Resolves `?data=`: a bundled dataset's name (`schoof-asylum-2025`) or a relative path to a JSON
 * file on the page's own origin (`datasets/mine.json`). Absolute URLs, other origins and any
 * scheme (`javascript:`, `data:`, `https:`) are refused: the page loads nothing from elsewhere.
 */
export function resolveDatasetLocation(
  value: string,
  pageUrl: string,
  fallback: string,
): DatasetLocation {
  const param = value.trim()
  if (param === '') return { ok: true, url: `data/${fallback}.json`, name: fallback }
  if (BUNDLED_NAME.test(param)) return { ok: true, url: `data/${param}.json`, name: param }
  if (/^[a-z][a-z0-9+.-]*:/i.test(param)) return { ok: false, reason: 'scheme' }
  if (param.startsWith('//') || param.startsWith('\\')) return { ok: false, reason: 'absolute' }
  let resolved: URL
  try {
    resolved = new URL(param, pageUrl)
  } catch {
    return { ok: false, reason: 'other-origin' }
  }
  if (resolved.origin !== new URL(pageUrl).origin) return { ok: false, reason: 'other-origin' }
  if (!resolved.pathname.toLowerCase().endsWith('.json')) return { ok: false, reason: 'not-json' }
  return {
    ok: true,
    url: `${resolved.pathname}${resolved.search}`,
    name: resolved.pathname.split('/').pop() ?? param,
  }
}
