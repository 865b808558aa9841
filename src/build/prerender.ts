/**
 * After `vite build` and the SSR build: writes the default view into dist/index.html so readers
 * see the graphic before any JavaScript runs, and checks every bundled dataset on the way.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { textDirection } from '../data/languages.ts'
import { listDatasetFiles } from './datasetsPlugin.ts'

const DEFAULT_DATASET = 'rutte4-asylum-2023.json'
/** The first heading under the page's first view (the timeline's): its first paint waits for it. */
const BELOW_FIRST_VIEW = 'timeline-title'
const EMBED_END = 'first-view-end'
/** The build being written (see package.json: it replaces dist/ only once complete). */
const OUT = process.argv[2] ?? 'dist'

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

type FirstView = import('../entry-server.tsx').FirstView
type Server = { renderFirstView: (text: string) => Promise<FirstView> }

async function main(): Promise<void> {
  const server = (await import(pathToFileURL('dist-ssr/entry-server.js').href)) as Server
  // Every bundled dataset must be valid: the build stops here otherwise.
  for (const name of listDatasetFiles('data').filter((n) => n !== 'schema.json')) {
    try {
      await server.renderFirstView(readFileSync(`data/${name}`, 'utf8'))
    } catch (error) {
      throw new Error(`data/${name}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const view = await server.renderFirstView(readFileSync(`data/${DEFAULT_DATASET}`, 'utf8'))
  const template = readFileSync(`${OUT}/index.html`, 'utf8')
  const page = fillPage(template, view, view.html, 'page')
  writeFileSync(`${OUT}/index.html`, page)
  // The embed's own page, so an iframe shows the compact graphic before any script runs too.
  const embed = fillPage(template, view, view.embedHtml, 'embed')
  writeFileSync(`${OUT}/embed.html`, embed)
  console.log(
    `prerendered the first view of ${DEFAULT_DATASET} into ${OUT}/index.html (${page.length} bytes) and ${OUT}/embed.html (${embed.length} bytes)`,
  )
}

/**
 * The built page with a first view in its empty #root, marked with the data's fingerprint and
 * which view it is (main.tsx hydrates only the view it would render itself).
 */
function fillPage(template: string, view: FirstView, html: string, kind: 'page' | 'embed'): string {
  const root = '<div id="root"></div>'
  if (!template.includes(root)) throw new Error('dist/index.html has no empty #root to fill')
  const loading = Object.entries(view.loading)
  // The page is large and Chromium paints while it parses: a half-parsed first view (a select
  // before its options, a row of controls before its last member) would be drawn, then shift.
  // An expect link holds the first paint until the first view is complete: on the page, until
  // the first heading below it; the embed is all first view, so until a mark after its root.
  const firstViewEnd = kind === 'page' ? BELOW_FIRST_VIEW : EMBED_END
  if (kind === 'page' && !html.includes(`id="${BELOW_FIRST_VIEW}"`))
    throw new Error(`the first view no longer ends at #${BELOW_FIRST_VIEW}: update prerender.ts`)
  const embedEnd = kind === 'embed' ? `<span id="${EMBED_END}" hidden></span>` : ''
  return (
    template
      .replace(
        '</title>',
        `</title>\n    <link rel="expect" href="#${firstViewEnd}" blocking="render" />`,
      )
      // The embed's class is on the page from the start, as main.tsx would set it. The dataset's
      // name and the loading line let asked-dataset.js hide this prerender when the address asks
      // for another dataset (and preload this one's data only when it will be used).
      .replace(
        '<html lang="nl">',
        `<html lang="${escapeHtml(view.language)}" dir="${textDirection(view.language)}"${kind === 'embed' ? ' class="is-embed"' : ''} data-prerendered="${escapeHtml(DEFAULT_DATASET.replace(/\.json$/, ''))}"${loading.map(([lang, text]) => ` data-loading-${lang}="${escapeHtml(text)}"`).join('')}>`,
      )
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(view.title)}</title>`)
      .replace(
        root,
        `${loading.map(([lang, text]) => `<div class="page prerender-loading" lang="${lang}"><p class="loading">${escapeHtml(text)}</p></div>`).join('')}<div id="root" data-fingerprint="${escapeHtml(view.fingerprint)}" data-view="${kind}">${html}</div>${embedEnd}`,
      )
      .replace('</noscript>', `${view.noscript}</noscript>`)
  )
}

main().catch((error: unknown) => {
  console.error(`prerender: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
