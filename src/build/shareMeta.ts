import type { ShareCard } from '../entry-server.tsx'

/** Where a page and its share image are, absolute (with a public base URL) or from the page. */
export type ShareUrls = { page: string; image: string }

/** The share image's size (src/export/shareCardSvg.ts). */
const IMAGE = { width: 1200, height: 630 }

const escapeAttribute = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

/**
 * The `<head>` tags a shared link's card is made from: canonical URL, description, Open Graph and
 * Twitter card. Dataset text goes in escaped, as attribute values only.
 */
export function shareMetaTags(card: ShareCard, urls: ShareUrls): string {
  const property = (name: string, value: string) =>
    `<meta property="${name}" content="${escapeAttribute(value)}" />`
  const named = (name: string, value: string) =>
    `<meta name="${name}" content="${escapeAttribute(value)}" />`
  return [
    `<link rel="canonical" href="${escapeAttribute(urls.page)}" />`,
    named('description', card.description),
    property('og:type', 'article'),
    property('og:title', card.title),
    property('og:description', card.description),
    property('og:url', urls.page),
    property('og:image', urls.image),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(IMAGE.width)),
    property('og:image:height', String(IMAGE.height)),
    property('og:image:alt', card.imageAlt),
    property('og:locale', card.locale),
    ...card.alternateLocales.map((locale) => property('og:locale:alternate', locale)),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', card.title),
    named('twitter:description', card.description),
    named('twitter:image', urls.image),
    named('twitter:image:alt', card.imageAlt),
  ].join('\n    ')
}

/** The environment variable with the site's public address of dist/ (README "Hosting"). */
export const PUBLIC_URL_VARIABLE = 'COALITION_PUBLIC_URL'

/**
 * The address `dist/` is published at, ending in a slash, or `null` (share URLs are then relative
 * to each page: enough for most crawlers, not all). Only http(s) addresses are accepted.
 */
export function publicBaseUrl(env: Record<string, string | undefined>): string | null {
  const value = env[PUBLIC_URL_VARIABLE]?.trim()
  if (!value) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${PUBLIC_URL_VARIABLE}=${JSON.stringify(value)} is not an address`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${PUBLIC_URL_VARIABLE}=${JSON.stringify(value)}: use an http(s) address`)
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}

/**
 * A page's share URLs: `folder` is the page's folder under dist/ (`''` for the root pages,
 * `'<dataset>/'`), `canonical` the folder of the page it duplicates, `image` the image's path,
 * both from dist/. Absolute under a public base URL, else relative to the page.
 */
export function shareUrls(
  base: string | null,
  folder: string,
  canonical: string,
  image: string,
): ShareUrls {
  if (base !== null) return { page: `${base}${canonical}`, image: `${base}${image}` }
  return { page: fromFolder(folder, canonical) || './', image: fromFolder(folder, image) }
}

/** A path under dist/ as seen from a folder of dist/ (one level deep at most). */
function fromFolder(folder: string, path: string): string {
  if (folder === '') return path
  return path.startsWith(folder) ? path.slice(folder.length) : `../${path}`
}
