/** Where the page should load its dataset from, or why it refuses. */
export type DatasetLocation =
  | { ok: true; url: string; name: string }
  | { ok: false; reason: 'absolute' | 'scheme' | 'not-json' | 'other-origin' | 'unpublished' }

/**
 * What a build lets `?data=` open (set at build time, see README "Hosting"): the datasets it
 * published, optionally any file under one data folder, or, in a preview build only, any JSON
 * path on the page's origin.
 */
export type DatasetPolicy = {
  /** The dataset opened without `?data=`. */
  fallback: string
  /** The names of the datasets the build published (its manifest). */
  published: readonly string[]
  /** A folder (relative to the page, or from the origin's root) whose JSON files may open; `null`: none. */
  folder: string | null
  /** A preview build: any same-origin JSON path opens. Never set for a published page. */
  anyPath: boolean
  /** Where the app's files are from the page (`'../'` on a dataset's own page); default `''`. */
  root?: string
}

const BUNDLED_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
// URL() resolves dot segments (also %2e ones) before the folder check; an encoded slash or
// backslash it keeps, and a server that decodes before it resolves could climb out with one.
const ESCAPES = /%2f|%5c/i

/**
 * Resolves `?data=`: a published dataset's name (`schoof-asylum-2025`), a name or relative path
 * to a JSON file in the build's data folder, or (preview builds only) any JSON path on the
 * page's own origin. Absolute URLs, other origins and any scheme (`javascript:`, `data:`,
 * `https:`) are always refused: the page loads nothing from elsewhere. Anything the newsroom did
 * not publish is refused, so a link cannot dress an uploaded file in the newsroom's masthead.
 */
export function resolveDatasetLocation(
  value: string,
  pageUrl: string,
  policy: DatasetPolicy,
): DatasetLocation {
  const param = value.trim()
  const { fallback } = policy
  const data = `${policy.root ?? ''}data/`
  // The app's own folder: a relative data folder is read from there, as its data/ is.
  const appUrl = new URL(policy.root || './', pageUrl).href
  if (param === '') return { ok: true, url: `${data}${fallback}.json`, name: fallback }
  if (BUNDLED_NAME.test(param)) {
    if (param === fallback || policy.published.includes(param) || policy.anyPath)
      return { ok: true, url: `${data}${param}.json`, name: param }
    if (policy.folder === null) return { ok: false, reason: 'unpublished' }
    return inFolder(new URL(`${param}.json`, folderUrl(policy.folder, appUrl)), param)
  }
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
  const name = resolved.pathname.split('/').pop() ?? param
  if (policy.anyPath) return inFolder(resolved, name)
  const published = publishedName(resolved, appUrl, policy)
  if (published !== null) return { ok: true, url: `${data}${published}.json`, name: published }
  if (policy.folder === null || ESCAPES.test(resolved.pathname))
    return { ok: false, reason: 'unpublished' }
  const folder = folderUrl(policy.folder, appUrl)
  if (resolved.origin !== folder.origin || !resolved.pathname.startsWith(folder.pathname))
    return { ok: false, reason: 'unpublished' }
  return inFolder(resolved, name)
}

/** The published dataset a path names (`data/<name>.json` in the app's folder), or `null`. */
function publishedName(resolved: URL, appUrl: string, policy: DatasetPolicy): string | null {
  if (resolved.search !== '') return null
  const names = [policy.fallback, ...policy.published]
  return names.find((name) => new URL(`data/${name}.json`, appUrl).href === resolved.href) ?? null
}

/** The data folder as a URL that ends in a slash, resolved against the app's folder. */
function folderUrl(folder: string, appUrl: string): URL {
  return new URL(folder.endsWith('/') ? folder : `${folder}/`, appUrl)
}

function inFolder(resolved: URL, name: string): DatasetLocation {
  return { ok: true, url: `${resolved.pathname}${resolved.search}`, name }
}
