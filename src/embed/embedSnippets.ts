import { EMBED_PARAMS } from './embedOptions.ts'

/** What a newsroom pastes into its CMS: a plain link, an iframe, or the pym.js version. */
export type EmbedSnippets = { link: string; iframe: string; pym: string }

type Input = {
  /** The page's current URL (the view the editor has set up). */
  pageUrl: string
  /** Names the iframe for screen readers; dataset text, so escaped. */
  title: string
  /** A short id for the host element and pym's childId. */
  id: string
  /** A starting height; the embed corrects it as soon as it loads. */
  height: number
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

/** Builds the snippets for the current view; every dataset-derived value is escaped for its context. */
export function embedSnippets({ pageUrl, title, id, height }: Input): EmbedSnippets {
  const url = new URL(pageUrl)
  for (const name of EMBED_PARAMS) url.searchParams.delete(name)
  url.hash = ''
  const link = url.toString()
  // The embed's own page: prerendered, so the frame shows the graphic before any script runs.
  const embedUrl = new URL(`embed.html${url.search}`, url).toString()
  const pymScript = new URL('pym.v1.min.js', url).toString()
  const elementId = `coalition-stance-${id.replace(/[^\w-]/g, '')}`
  const iframe = `<iframe title="${escapeHtml(title)}" src="${escapeHtml(embedUrl)}" width="100%" height="${Math.ceil(height)}" loading="lazy" scrolling="no" style="border:0"></iframe>`
  // JSON.stringify makes a safe JS string; escaping "<" keeps it from closing the script element.
  const jsString = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c')
  const pym = [
    `<div id="${elementId}"></div>`,
    `<script src="${escapeHtml(pymScript)}"></script>`,
    `<script>new pym.Parent(${jsString(elementId)}, ${jsString(embedUrl)}, { title: ${jsString(title)} })</script>`,
  ].join('\n')
  return { link, iframe, pym }
}
