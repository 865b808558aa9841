import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { watchPage } from './support/pageWatch.ts'

const rutte = JSON.parse(readFileSync('data/rutte4-asylum-2023.json', 'utf8'))
const schoof = JSON.parse(readFileSync('data/schoof-asylum-2025.json', 'utf8'))
const suite = chromiumSuite()

/**
 * Opens `path` with the other dataset's response held back `delay` ms (a slow connection) and
 * records, before every frame is painted, the text a reader could see and the tab's title.
 */
async function openSlowly(path: string, delay: number) {
  const context = await suite.browser.newContext({ viewport: { width: 800, height: 900 } })
  const page = await context.newPage()
  const watch = watchPage(page, suite.server.origin)
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text())
  })
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  await page.route('**/data/schoof-asylum-2025.json', async (route) => {
    await new Promise((done) => setTimeout(done, delay))
    await route.continue()
  })
  await page.addInitScript(() => {
    const w = window as unknown as { frames_: Frame[] }
    w.frames_ = []
    const visible = (selector: string) =>
      [...document.querySelectorAll(selector)]
        .filter((element) => element.checkVisibility())
        .map((element) => element.textContent?.trim() ?? '')
    const sample = () => {
      w.frames_.push({
        parsed: document.getElementById('root') !== null,
        headings: visible('h1'),
        loading: visible('.loading'),
        title: document.title,
      })
      requestAnimationFrame(sample)
    }
    requestAnimationFrame(sample)
  })
  await page.goto(`${suite.server.url}${path}`)
  return { context, page, watch, warnings, requested }
}

/** What one painted frame showed: visible headings and loading lines, and the tab's title. */
type Frame = { parsed: boolean; headings: string[]; loading: string[]; title: string }

/** The frames painted once the page's body was parsed (before that, nothing can show). */
const framesOf = async (page: Page) =>
  (await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_)).filter(
    (frame) => frame.parsed,
  )

describe('a page or embed asked for another dataset', () => {
  test.each(['embed.html', ''])(
    '%s?data=schoof never paints the default dataset, shows a loading line, fetches only its own data',
    async (file) => {
      const { context, page, watch, warnings, requested } = await openSlowly(
        `${file}?data=schoof-asylum-2025`,
        1500,
      )
      await page.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: 15_000 })
      expect(await page.locator('h1').first().textContent()).toBe(schoof.meta.title.nl)
      expect(await page.title()).toBe(schoof.meta.title.nl)
      const frames = await framesOf(page)
      expect(frames.length).toBeGreaterThan(5)
      for (const frame of frames) {
        expect(frame.headings).not.toContain(rutte.meta.title.nl)
        expect(frame.title).not.toBe(rutte.meta.title.nl)
        // Each frame shows the asked graphic or says it is loading: never the default, never blank.
        expect(
          frame.headings.includes(schoof.meta.title.nl) ||
            frame.loading.includes('Gegevens laden…'),
        ).toBe(true)
      }
      expect(frames.filter((frame) => frame.loading.length > 0).length).toBeGreaterThan(0)
      expect(requested).not.toContain('/data/rutte4-asylum-2023.json')
      // Chromium warns about a preload unused after about three seconds.
      await page.waitForTimeout(3500)
      expect(warnings.filter((w) => /preload/i.test(w))).toEqual([])
      expect(watch.errors).toEqual([])
      await context.close()
    },
    40_000,
  )

  test('embed.html?data=schoof&lang=en shows its loading line in English', async () => {
    const { context, page } = await openSlowly('embed.html?data=schoof-asylum-2025&lang=en', 800)
    await page.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: 15_000 })
    const waiting = (await framesOf(page)).filter(
      (frame) => !frame.headings.includes(schoof.meta.title.en),
    )
    expect(waiting.length).toBeGreaterThan(0)
    for (const frame of waiting) expect(frame.loading).toEqual(['Loading data…'])
    expect(await page.title()).toBe(schoof.meta.title.en)
    await context.close()
  })

  test('the default embed still preloads its data with the HTML and hydrates from it', async () => {
    const { context, page, requested } = await openSlowly('embed.html', 0)
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' })
    expect(await page.locator('link[rel=preload][as=fetch]').getAttribute('href')).toBe(
      'data/rutte4-asylum-2023.json',
    )
    expect(requested.filter((path) => path.endsWith('.json'))).toEqual([
      '/data/rutte4-asylum-2023.json',
    ])
    await context.close()
  })

  test('without JavaScript, embed.html?data=schoof says the graphic needs JavaScript', async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${suite.server.url}embed.html?data=schoof-asylum-2025`)
    const line = page.locator('.noscript')
    expect(await line.isVisible()).toBe(true)
    expect(await line.textContent()).toMatch(
      /needs JavaScript; without it, this page shows only its default dataset/,
    )
    await context.close()
  })
})

/** The iframe's title in the embed code a desk copies, as the page writes it (HTML-escaped). */
const snippetTitle = (title: string) => `<iframe title="${title.replaceAll("'", '&#39;')}"`

describe('the document title', () => {
  test('follows the dataset and the language, on index.html and embed.html, and so does the embed code’s iframe title', async () => {
    const context = await suite.browser.newContext()
    const page = await context.newPage()
    await page.goto(`${suite.server.url}?data=schoof-asylum-2025&lang=en`)
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' })
    expect(await page.title()).toBe(schoof.meta.title.en)
    const iframeCode = (label: string) => page.getByLabel(label).inputValue()
    expect(await iframeCode('Embed code (iframe)')).toContain(snippetTitle(schoof.meta.title.en))
    await page.getByRole('radio', { name: 'Nederlands' }).check()
    await expect.poll(() => page.title()).toBe(schoof.meta.title.nl)
    await expect
      .poll(() => iframeCode('Insluitcode (iframe)'))
      .toContain(snippetTitle(schoof.meta.title.nl))
    await page.goto(`${suite.server.url}embed.html?lang=en`)
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' })
    expect(await page.title()).toBe(rutte.meta.title.en)
    await context.close()
  })
})

describe('a dataset that is not there', () => {
  test('?data=<published name> whose file is gone says it was not found, with its address', async () => {
    const context = await suite.browser.newContext()
    const page = await context.newPage()
    // Published in the build, then removed from the server (or never copied there).
    await page.route('**/data/schoof-asylum-2025.json', (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
    )
    await page.goto(`${suite.server.url}?data=schoof-asylum-2025`)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain(`${suite.server.url}data/schoof-asylum-2025.json`)
    expect(await alert.locator('li').textContent()).toBe(
      '(file): niet gevonden: op dit adres staat geen bestand (HTTP 404)',
    )
    await context.close()
  })

  test('a host that answers with its HTML page says the server sent a web page', async () => {
    const context = await suite.browser.newContext()
    const page = await context.newPage()
    await page.route('**/data/schoof-asylum-2025.json', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Home</p>' }),
    )
    await page.goto(`${suite.server.url}?data=schoof-asylum-2025&lang=en`)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.locator('li').textContent()).toBe(
      '(file): the server sent a web page, not a JSON file: is the file at this address?',
    )
    expect(await page.title()).toBe('This graphic cannot read its data')
    await context.close()
  })
})
