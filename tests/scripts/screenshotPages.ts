/**
 * Screenshots a build's pages, then compares two sets of screenshots pixel for pixel: the proof
 * that a change to the stylesheets is a pure refactor (issue #19). A script run by hand, since a
 * test cannot compare against a build that no longer exists:
 *
 *   npm run build && cp -a dist /tmp/dist-before      # on the commit before the change
 *   npx tsx tests/scripts/screenshotPages.ts shoot /tmp/dist-before /tmp/shots-before
 *   npm run build                                     # on the change
 *   npx tsx tests/scripts/screenshotPages.ts shoot dist /tmp/shots-after
 *   npx tsx tests/scripts/screenshotPages.ts compare /tmp/shots-before /tmp/shots-after
 *
 * Every bundled dataset's page and embed at 360 and 1280 px, light and dark; the default page
 * printed; the default page and embed without JavaScript (the prerendered first view with only
 * the stylesheets its HTML links); the editor with the default dataset open, light and dark.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { BUNDLED_DATASETS } from '../browser/support/bundledDatasets.ts'
import { launchChromium } from '../browser/support/chromium.ts'
import { type StaticServer, serveDist } from '../browser/support/staticServer.ts'

type Shot = {
  name: string
  path: string
  context: BrowserContextOptions
  /** Waits for the app to take the page over (not without JavaScript). */
  live: boolean
  print?: boolean
  editor?: boolean
}

function shots(): Shot[] {
  const list: Shot[] = []
  for (const { name } of BUNDLED_DATASETS)
    for (const kind of ['index', 'embed'])
      for (const width of [360, 1280])
        for (const colorScheme of ['light', 'dark'] as const)
          list.push({
            name: `${name}-${kind}-${width}-${colorScheme}`,
            path: `${name}/${kind}.html`,
            context: { viewport: { width, height: 900 }, colorScheme },
            live: true,
          })
  const wide = { viewport: { width: 1280, height: 900 }, colorScheme: 'light' } as const
  list.push({
    name: 'default-index-print',
    path: 'index.html',
    context: wide,
    live: true,
    print: true,
  })
  for (const kind of ['index', 'embed'])
    list.push({
      name: `default-${kind}-nojs`,
      path: `${kind}.html`,
      context: { ...wide, javaScriptEnabled: false },
      live: false,
    })
  for (const colorScheme of ['light', 'dark'] as const)
    list.push({
      name: `editor-${colorScheme}`,
      path: 'editor.html',
      context: { ...wide, colorScheme },
      live: false,
      editor: true,
    })
  return list
}

async function shoot(dist: string, out: string): Promise<void> {
  mkdirSync(out, { recursive: true })
  const browser = await launchChromium()
  // One port for both builds: the share panel's snippets show the page's address.
  const server = await serveDist({ root: dist, port: 4791 })
  try {
    for (const shot of shots()) {
      // A run cut short (a timeout on a busy machine) resumes where it stopped.
      if (existsSync(join(out, `${shot.name}.png`))) continue
      writeFileSync(join(out, `${shot.name}.png`), await screenshot(browser, server, shot))
      console.log(`shot ${shot.name}`)
    }
  } finally {
    await browser.close()
    await server.close()
  }
}

async function screenshot(browser: Browser, server: StaticServer, shot: Shot): Promise<Buffer> {
  const context = await browser.newContext({ ...shot.context, reducedMotion: 'reduce' })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  try {
    await page.goto(`${server.url}${shot.path}`)
    if (shot.live) await page.locator('html[data-interactive]').waitFor({ state: 'attached' })
    if (shot.editor) await openInEditor(page)
    if (shot.print) await page.emulateMedia({ media: 'print' })
    // Fonts and late layout settle before the picture.
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(300)
    return await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' })
  } finally {
    await context.close()
  }
}

async function openInEditor(page: Page): Promise<void> {
  await page.getByLabel('A bundled dataset').selectOption('rutte4-asylum-2023')
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  await page.getByRole('heading', { name: 'No problems: the dataset is valid' }).waitFor()
}

/** Compares each pair of screenshots: equal bytes, or else the pixels decoded in Chromium. */
async function compare(before: string, after: string): Promise<number> {
  const names = readdirSync(before).filter((f) => f.endsWith('.png'))
  const browser = await launchChromium()
  const page = await browser.newPage()
  let different = 0
  try {
    for (const name of names) {
      const a = readFileSync(join(before, name))
      const b = readFileSync(join(after, name))
      if (a.equals(b)) {
        console.log(`same bytes   ${name}`)
        continue
      }
      const diff = await pixelDifference(page, a, b)
      if (diff === 0) console.log(`same pixels  ${name}`)
      else {
        different += 1
        console.log(`DIFFERENT    ${name}: ${diff}`)
      }
    }
  } finally {
    await browser.close()
  }
  console.log(`${names.length - different} of ${names.length} screenshots pixel-identical`)
  return different
}

/**
 * How many pixels differ, or a size mismatch, decoding both PNGs on a canvas. The code is sent
 * as text: tsx's helpers (`__name`) do not exist in the page.
 */
function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<string | 0> {
  return page.evaluate(`(async () => {
    const decode = async (data) => {
      const blob = await (await fetch('data:image/png;base64,' + data)).blob()
      const bitmap = await createImageBitmap(blob)
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')
      context.drawImage(bitmap, 0, 0)
      return context.getImageData(0, 0, bitmap.width, bitmap.height)
    }
    const x = await decode('${a.toString('base64')}')
    const y = await decode('${b.toString('base64')}')
    if (x.width !== y.width || x.height !== y.height)
      return 'size ' + x.width + 'x' + x.height + ' vs ' + y.width + 'x' + y.height
    let count = 0
    for (let i = 0; i < x.data.length; i += 4)
      if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] ||
          x.data[i + 2] !== y.data[i + 2] || x.data[i + 3] !== y.data[i + 3]) count += 1
    return count === 0 ? 0 : count + ' pixels'
  })()`)
}

const [mode, first, second] = process.argv.slice(2)
if (mode === 'shoot' && first && second) await shoot(first, second)
else if (mode === 'compare' && first && second)
  process.exitCode = (await compare(first, second)) === 0 ? 0 : 1
else {
  console.error('usage: screenshotPages.ts shoot <dist> <out> | compare <before> <after>')
  process.exitCode = 2
}
