import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium } from './support/chromium.ts'
import { serveHostFiles } from './support/hostServer.ts'
import { watchPage } from './support/pageWatch.ts'
import { type StaticServer, serveDist } from './support/staticServer.ts'

let browser: Browser
let app: StaticServer
let host: Awaited<ReturnType<typeof serveHostFiles>>

beforeAll(async () => {
  browser = await launchChromium()
  app = await serveDist({ basePath: '/graphics/coalition/' })
  host = await serveHostFiles({
    '/pym-host.html': 'tests/hosts/pym-host.html',
    '/datawrapper-host.html': 'tests/hosts/datawrapper-host.html',
    '/pym.v1.min.js': 'node_modules/pym.js/dist/pym.v1.min.js',
  })
})
afterAll(async () => {
  await browser?.close()
  await app?.close()
  await host?.close()
})

const contentHeight = (frame: Frame) =>
  frame.evaluate(() =>
    Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0),
  )
const iframeHeight = (page: Page, selector: string) =>
  page.evaluate(
    (s) => Math.round(document.querySelector(s)?.getBoundingClientRect().height ?? 0),
    selector,
  )

/** Waits until the iframe is as tall as its content (within a pixel) and returns that height. */
async function settledHeight(page: Page, frame: Frame, selector: string): Promise<number> {
  await expect
    .poll(
      async () => Math.abs((await iframeHeight(page, selector)) - (await contentHeight(frame))),
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(1)
  return iframeHeight(page, selector)
}

async function openHost(name: string, appQuery: string) {
  const context = await browser.newContext({ viewport: { width: 900, height: 800 } })
  const page = await context.newPage()
  const watch = watchPage(page, host.origin)
  const appUrl = `${app.url}${appQuery}`
  await page.goto(`${host.origin}/${name}?app=${encodeURIComponent(appUrl)}`)
  const iframe = page.locator('iframe')
  await iframe.waitFor()
  const frame = await (await iframe.elementHandle())?.contentFrame()
  if (!frame) throw new Error('the host page has no graphic frame')
  await frame.locator('html[data-interactive]').waitFor({ state: 'attached' })
  return { page, frame, watch, close: () => context.close() }
}

describe('embedding in real host pages', () => {
  test('pym.js parent: the iframe takes the content height and follows it as it grows and shrinks', async () => {
    // The address the share panel's snippets give: the prerendered embed page.
    const { page, frame, close } = await openHost('pym-host.html', 'embed.html')
    expect(await frame.evaluate(() => new URLSearchParams(location.search).get('childId'))).toBe(
      'graphic',
    )
    const chart = await settledHeight(page, frame, '#graphic iframe')
    expect(chart).toBeGreaterThan(300)

    await frame.getByRole('radio', { name: 'Tabel' }).check()
    const table = await settledHeight(page, frame, '#graphic iframe')
    expect(table).not.toBe(chart)

    await frame.getByRole('radio', { name: 'Grafiek' }).check()
    expect(await settledHeight(page, frame, '#graphic iframe')).toBe(chart)
    // More rows grow the frame; fewer shrink it back.
    const silent = frame.getByRole('checkbox', { name: /partijen zonder bekend standpunt/ })
    await silent.check()
    expect(await settledHeight(page, frame, '#graphic iframe')).toBeGreaterThan(chart)
    await silent.uncheck()
    expect(await settledHeight(page, frame, '#graphic iframe')).toBe(chart)
    await close()
  })

  test('Datawrapper-style listener: the iframe follows the datawrapper-height message', async () => {
    const { page, frame, close } = await openHost('datawrapper-host.html', '?embed=1&show=majority')
    const first = await settledHeight(page, frame, '#graphic')
    expect(first).toBeGreaterThan(150)
    await frame.locator('.majority-panel select').selectOption({ index: 2 })
    await settledHeight(page, frame, '#graphic')
    await close()
  })

  test('embed mode: compact, a link to the full view in a new tab, no storage, nothing from other hosts', async () => {
    const { frame, close } = await openHost('pym-host.html', '?embed=1&phase=thu&lang=en')
    expect(await frame.locator('.masthead').count()).toBe(0)
    const full = frame.getByRole('link', { name: /Open the full view/ })
    expect(await full.getAttribute('target')).toBe('_blank')
    const href = await full.getAttribute('href')
    expect(href).toContain('phase=thu')
    expect(href).not.toContain('embed')
    expect(href).not.toContain('childId')
    expect(
      await frame.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]),
    ).toEqual(['', 0, 0])
    await close()
  })
})
