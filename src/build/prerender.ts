/**
 * After `vite build` and the SSR build: writes each bundled dataset's first view into its own
 * page (`<name>/index.html` and `<name>/embed.html`) and the default dataset's into index.html
 * and embed.html, so readers see a graphic before any JavaScript runs; each page gets its share
 * card (Open Graph, Twitter) and a 1200 × 630 share image (`<name>/share.png`). Every bundled
 * dataset is checked on the way: an invalid one stops the build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { textDirection } from '../data/languages.ts'
import { takeCatalogueChunks } from './catalogueChunks.ts'
import { listDatasetFiles } from './datasetsPlugin.ts'
import { shareImagePng } from './shareImage.ts'
import { publicBaseUrl, shareMetaTags, shareUrls } from './shareMeta.ts'

const DEFAULT_DATASET = 'rutte4-asylum-2023'
/** Folders of dist/ a dataset's page must not take. */
const RESERVED = new Set(['assets', 'data'])
/**
 * The first heading under the page's first view (masthead and matrix): its first paint waits for
 * it. Waiting for the graph and majority panels too (until the timeline's heading, as before 3
 * December) put their parse, style and layout before the first paint: ~100 ms on a desktop.
 */
const BELOW_FIRST_VIEW = 'graph-title'
const EMBED_END = 'first-view-end'
/** The build being written (see package.json: it replaces dist/ only once complete). */
const OUT = process.argv[2] ?? 'dist'

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

type FirstView = import('../entry-server.tsx').FirstView
type Server = { renderFirstView: (text: string, name: string) => Promise<FirstView> }

/** One page to write: which view, of which dataset, in which folder of dist/. */
type Page = { kind: 'page' | 'embed'; name: string; folder: string }

async function main(): Promise<void> {
  const server = (await import(pathToFileURL('dist-ssr/entry-server.js').href)) as Server
  const base = publicBaseUrl(process.env)
  const template = startAppAfterPaint(readFileSync(`${OUT}/index.html`, 'utf8'))
  const catalogues = takeCatalogueChunks(OUT)
  const names = listDatasetFiles('data')
    .filter((n) => n !== 'schema.json')
    .map((n) => n.replace(/\.json$/, ''))
  let written = 0
  for (const name of names) {
    if (RESERVED.has(name))
      throw new Error(`data/${name}.json: "${name}" is a folder of dist/; rename the file`)
    let view: FirstView
    try {
      // Every bundled dataset must be valid: the build stops here otherwise.
      view = await server.renderFirstView(readFileSync(`data/${name}.json`, 'utf8'), name)
    } catch (error) {
      throw new Error(
        `data/${name}.json: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    mkdirSync(`${OUT}/${name}`, { recursive: true })
    writeFileSync(`${OUT}/${name}/share.png`, shareImagePng(view.share.imageSvg))
    const pages: Page[] = [
      { kind: 'page', name, folder: `${name}/` },
      { kind: 'embed', name, folder: `${name}/` },
      ...(name === DEFAULT_DATASET
        ? ([
            { kind: 'page', name, folder: '' },
            { kind: 'embed', name, folder: '' },
          ] as const)
        : []),
    ]
    for (const page of pages) {
      // The default dataset's own page duplicates index.html: that is the one to cite.
      const canonical = name === DEFAULT_DATASET ? '' : `${name}/`
      const urls = shareUrls(base, page.folder, canonical, `${name}/share.png`)
      const catalogue = catalogues.get(view.catalogue)
      if (!catalogue) throw new Error(`the client build has no catalogue for "${view.catalogue}"`)
      const html = fillPage(template, view, page, shareMetaTags(view.share, urls), catalogue)
      const file = `${OUT}/${page.folder}${page.kind === 'page' ? 'index' : 'embed'}.html`
      writeFileSync(file, html)
      written += 1
    }
  }
  console.log(
    `prerendered ${names.length} datasets into ${written} pages and ${names.length} share images in ${OUT}/`,
  )
}

/**
 * The built page with a first view in its empty #root, marked with the data's fingerprint and
 * which view it is (main.tsx hydrates only the view it would render itself).
 */
function fillPage(
  template: string,
  view: FirstView,
  page: Page,
  shareTags: string,
  catalogue: string,
): string {
  const { kind, name, folder } = page
  const html = kind === 'page' ? view.html : view.embedHtml
  // The page's language catalogue, fetched beside the app's code: hydration waits for its words.
  const preloaded = template.replace(
    '</head>',
    `  <link rel="modulepreload" crossorigin href="./${escapeHtml(catalogue)}">\n  </head>`,
  )
  // A dataset's page sits a folder down: its links to the app's files go up one (no <base>:
  // the recommended CSP has base-uri 'none'), and data-root tells the app and asked-dataset.js.
  const up = folder === '' ? '' : '../'
  const source = up === '' ? preloaded : preloaded.replace(/(src|href)="\.\//g, `$1="${up}`)
  const root = '<div id="root"></div>'
  if (!source.includes(root)) throw new Error('dist/index.html has no empty #root to fill')
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
    source
      // The template's own <noscript> (the first view's holds the sections under the graph).
      .replace('</noscript>', `${view.noscript}</noscript>`)
      .replace(
        '</title>',
        `</title>\n    <link rel="expect" href="#${firstViewEnd}" blocking="render" />\n    ${shareTags}`,
      )
      // The embed's class is on the page from the start, as main.tsx would set it. The dataset's
      // name and the loading line let asked-dataset.js hide this prerender when the address asks
      // for another dataset (and preload this one's data only when it will be used).
      .replace(
        '<html lang="nl">',
        `<html lang="${escapeHtml(view.language)}" dir="${textDirection(view.language)}"${kind === 'embed' ? ' class="is-embed"' : ''} data-prerendered="${escapeHtml(name)}"${up === '' ? '' : ` data-root="${up}"`}${loading.map(([lang, text]) => ` data-loading-${lang}="${escapeHtml(text)}"`).join('')}>`,
      )
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(view.title)}</title>`)
      .replace(
        root,
        `${loading.map(([lang, text]) => `<div class="page prerender-loading" lang="${lang}"><p class="loading">${escapeHtml(text)}</p></div>`).join('')}<div id="root" data-fingerprint="${escapeHtml(view.fingerprint)}" data-view="${kind}">${html}</div>${embedEnd}`,
      )
  )
}

/**
 * The app's module script becomes a preload (#app-code) that public/start-app.js imports once
 * the page's first frame is painted: the code is fetched while the page parses, but not
 * evaluated before the first view is on screen. The chunks stay as Vite made them.
 */
function startAppAfterPaint(template: string): string {
  const script = /<script type="module" crossorigin src="(\.\/assets\/[^"]+\.js)"><\/script>/
  const app = script.exec(template)
  if (!app) throw new Error("dist/index.html has no module script for the app's code")
  return template.replace(
    app[0],
    `<link rel="modulepreload" crossorigin href="${app[1]}" id="app-code">\n    <script type="module" src="./start-app.js"></script>`,
  )
}

main().catch((error: unknown) => {
  console.error(`prerender: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
