import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { EMBED_HOST_PAGE, embedHostPage } from './profiles.ts'

/** Where the benchmark serves from: its own copies, so a later build of dist/ cannot change them mid-run. */
export const OUT = resolve('tests/output/bench')
export const APP_DIR = join(OUT, 'app')
export const BASELINE_DIR = join(OUT, 'baseline')
const BUNDLED = 'data/rutte4-asylum-2023.json'
/** The app's page with an empty #root (see withEmptyRoot), beside index.html in APP_DIR. */
export const CLIENT_PAGE = 'client.html'

/** Runs `npm run build` (with its prerender step) and snapshots dist/ into APP_DIR. */
export function buildApp(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] })
  rmSync(APP_DIR, { recursive: true, force: true })
  cpSync('dist', APP_DIR, { recursive: true })
  const page = readFileSync(join(APP_DIR, 'index.html'), 'utf8')
  writeFileSync(join(APP_DIR, CLIENT_PAGE), withEmptyRoot(page))
  writeFileSync(join(APP_DIR, EMBED_HOST_PAGE), embedHostPage())
}

/**
 * The page without its prerendered first view, for datasets served in place of the bundled one:
 * the prerendered HTML shows the bundled dataset, so those render on the client, as before issue 8.
 */
export function withEmptyRoot(html: string): string {
  const open = /<div id="root"[^>]*>/.exec(html)
  if (!open) return html
  const inside = open.index + open[0].length
  let depth = 1
  const tags = /<div\b|<\/div>/g
  tags.lastIndex = inside
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[0] === '</div>' ? -1 : 1
    if (depth === 0) return `${html.slice(0, inside)}${html.slice(tag.index)}`
  }
  return html
}

/** Bundles the plain-D3 baseline page into BASELINE_DIR, served as its index.html. */
export async function buildBaseline(): Promise<void> {
  const root = resolve('tests/bench/baseline')
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: BASELINE_DIR,
      emptyOutDir: true,
      assetsInlineLimit: 0,
      rolldownOptions: { input: join(root, 'baseline.html') },
    },
  })
  renameSync(join(BASELINE_DIR, 'baseline.html'), join(BASELINE_DIR, 'index.html'))
  mkdirSync(join(BASELINE_DIR, 'data'), { recursive: true })
  copyFileSync(BUNDLED, join(BASELINE_DIR, BUNDLED))
}

/** Gzip bytes of every JS and CSS file a build emitted: what a reader could ever load. */
export function builtAssetsGzip(dir: string): number {
  const assets = join(dir, 'assets')
  return readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .reduce((sum, name) => sum + gzipSync(readFileSync(join(assets, name))).length, 0)
}
