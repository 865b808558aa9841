import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { watchPage } from './support/pageWatch.ts'

const names = readdirSync('data')
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .map((f) => f.replace(/\.json$/, ''))
/** A dataset's title in its default language, the one its page is prerendered in. */
const titleOf = (name: string) => {
  const { meta } = JSON.parse(readFileSync(`data/${name}.json`, 'utf8'))
  return meta.title[meta.defaultLanguage]
}
const VIEWPORT = { width: 752, height: 900 }
const suite = chromiumSuite({ basePath: '/graphics/coalition/' })

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file)
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** A meta tag's content in an HTML page (the prerender writes attributes in this order). */
const metaContent = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]

/** The page's <h1> as text: entities decoded, however the renderer spells them (&#x27; or '). */
const headingText = (html: string) =>
  /<h1>([^<]*)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

describe.each(names)('the page of data/%s.json', (name) => {
  test('dist/<name>/ holds its page, its embed page and a 1200 × 630 share image its og:image names', () => {
    const html = readFileSync(`dist/${name}/index.html`, 'utf8')
    expect(headingText(html)).toBe(titleOf(name))
    expect(html).toContain('<link rel="expect" href="#graph-title" blocking="render" />')
    expect(metaContent(html, 'og:image')).toBe('share.png')
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image')
    for (const key of ['og:title', 'og:description', 'og:image:alt', 'og:locale', 'og:url'])
      expect(metaContent(html, key), key).toBeTruthy()
    expect(pngSize(`dist/${name}/share.png`)).toEqual({ width: 1200, height: 630 })
    const embed = readFileSync(`dist/${name}/embed.html`, 'utf8')
    expect(embed).toContain('<link rel="expect" href="#first-view-end" blocking="render" />')
    expect(metaContent(embed, 'og:image')).toBe('share.png')
  })

  test('without JavaScript it shows its own chart; with it, it hydrates without a change', async () => {
    const url = `${suite.server.url}${name}/`
    const still = await suite.browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORT })
    const staticPage = await still.newPage()
    await staticPage.goto(url)
    expect(await staticPage.locator('h1').first().textContent()).toBe(titleOf(name))
    expect(await staticPage.locator('svg.stance-matrix [role=gridcell]').count()).toBeGreaterThan(
      20,
    )
    const before = await staticPage.locator('.matrix-panel').evaluate((e) => e.outerHTML)
    await still.close()

    const context = await suite.browser.newContext({ viewport: VIEWPORT })
    const page = await context.newPage()
    const watch = watchPage(page, suite.server.origin)
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    // Hydration keeps the prerendered nodes; a fresh render would replace #root's children.
    await page.addInitScript(() => {
      const w = window as unknown as { replaced: number }
      w.replaced = 0
      new MutationObserver((records) => {
        for (const r of records)
          if ((r.target as Element).id === 'root') w.replaced += r.removedNodes.length
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto(url)
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' })
    expect(await page.locator('.matrix-panel').evaluate((e) => e.outerHTML)).toBe(before)
    expect(await page.evaluate(() => (window as unknown as { replaced: number }).replaced)).toBe(0)
    // Its data, from the app's own folder, once (the preload, then the app's fetch of it).
    expect(requested.filter((path) => path.endsWith('.json'))).toEqual([
      `/graphics/coalition/data/${name}.json`,
    ])
    expect(await page.locator('#dataset-picker').inputValue()).toBe(name)
    expect(watch.errors).toEqual([])
    await context.close()
  })

  test('its embed page shows the compact graphic of its own dataset', async () => {
    const context = await suite.browser.newContext({ viewport: VIEWPORT })
    const page = await context.newPage()
    await page.goto(`${suite.server.url}${name}/embed.html`)
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' })
    expect(await page.locator('h1.embed-title').textContent()).toBe(titleOf(name))
    await context.close()
  })
})

describe('index.html', () => {
  test('shares the default dataset: canonical is the app’s folder, og:image its share image', () => {
    const html = readFileSync('dist/index.html', 'utf8')
    expect(html).toContain('<link rel="canonical" href="./" />')
    expect(metaContent(html, 'og:image')).toBe('rutte4-asylum-2023/share.png')
  })

  test('?data=<other> still opens another dataset on a dataset’s page', async () => {
    const [first, second] = names
    const context = await suite.browser.newContext({ viewport: VIEWPORT })
    const page = await context.newPage()
    await page.goto(`${suite.server.url}${first}/?data=${second}`)
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' })
    expect(await page.locator('h1').first().textContent()).toBe(titleOf(second ?? ''))
    await context.close()
  })
})
