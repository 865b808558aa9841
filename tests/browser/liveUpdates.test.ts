import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeEach, describe, expect, test } from 'vitest'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { serveHostFiles } from './support/hostServer.ts'
import { openApp } from './support/openApp.ts'

const BUNDLED = 'data/rutte4-asylum-2023.json'
// The served dataset is a copy the tests replace, as a desk copies a new file to the server.
const folder = mkdtempSync(join(tmpdir(), 'coalition-live-'))
const served = join(folder, 'rutte4-asylum-2023.json')
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Every answer the server gave for the dataset file, in order. */
const answers: number[] = []
const suite = chromiumSuite({
  files: { [BUNDLED]: served },
  conditional: true,
  onResponse: (path, status) => {
    if (path === BUNDLED) answers.push(status)
  },
})

beforeEach(() => {
  copyFileSync(BUNDLED, served)
  answers.length = 0
})

/** The bundled dataset with CDA's Friday stance on limiting war refugees' family turned around. */
function updatedDataset(asOf: string): string {
  const raw = JSON.parse(readFileSync(BUNDLED, 'utf8'))
  const stance = raw.stances.find(
    (s: { party: string; measure: string; phase: string }) =>
      s.party === 'cda' && s.measure === 'nareis-limit-war-refugees' && s.phase === 'fri',
  )
  stance.position = 'opposes'
  raw.meta.asOf = asOf
  return JSON.stringify(raw, null, 2)
}

/** That stance's cell in the grid on screen (slanted, or turned on a phone), in Dutch or English. */
const cdaCell = (page: Page, language: 'nl' | 'en' = 'nl') =>
  page
    .getByRole('grid')
    .locator(
      language === 'nl'
        ? '[role=gridcell][aria-label^="CDA over Beperking van nareis voor oorlogsvluchtelingen:"]'
        : '[role=gridcell][aria-label^="CDA on Limiting family reunification for war refugees:"]',
    )

/** Marks the window, so a reload (which would clear it) shows. */
const markWindow = (page: Page) =>
  page.evaluate(() => {
    ;(window as unknown as { kept: boolean }).kept = true
  })
const windowKept = (page: Page) =>
  page.evaluate(() => (window as unknown as { kept?: boolean }).kept === true)

describe('a page with ?refresh=5 follows its dataset', () => {
  test('a replaced file shows its new stance in place, with the "Updated" line and the reader’s view kept', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      query: '?refresh=5&party=cu',
    })
    await markWindow(page)
    const grid = page.getByRole('grid')
    await grid.locator('[role=gridcell]').first().click()
    const openLabel = await grid
      .locator('[role=gridcell][aria-expanded=true]')
      .getAttribute('aria-label')
    expect(await cdaCell(page).getAttribute('class')).toContain('pos-supports')
    writeFileSync(served, updatedDataset('2026-12-03T21:34:00+01:00'))

    await expect
      .poll(() => cdaCell(page).getAttribute('class'), { timeout: 20_000 })
      .toContain('pos-opposes')
    expect(await page.locator('.live-updated').textContent()).toBe(
      'Bijgewerkt 21:34 · 1 standpunt veranderd',
    )
    // Marked once: the changed cell, and only it.
    expect(await grid.locator('.cell.is-updated').count()).toBe(1)
    expect(await cdaCell(page).getAttribute('class')).toContain('is-updated')
    // The reader's selection and open card are as they were, on the same page.
    expect(
      await page.locator('[role=rowheader][aria-selected=true]').getAttribute('aria-label'),
    ).toMatch(/ChristenUnie|CU/)
    expect(
      (await grid.locator('[role=gridcell][aria-expanded=true]').getAttribute('aria-label'))?.split(
        ':',
      )[0],
    ).toBe(openLabel?.split(':')[0])
    expect(await windowKept(page)).toBe(true)
    expect(watch.errors).toEqual([])
    await close()
  }, 40_000)

  test('in the table view, the changed cell says in words that the update changed it', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      query: '?refresh=5&view=table&lang=en',
    })
    const changed = page.locator('.stance-table td.is-updated')
    expect(await changed.count()).toBe(0)
    writeFileSync(served, updatedDataset('2026-12-03T21:34:00+01:00'))
    await expect.poll(() => changed.count(), { timeout: 20_000 }).toBe(1)
    // CDA's row, the war-refugee column: the new position, then the note.
    const text = await changed.textContent()
    expect(text).toContain('opposes')
    expect(text).toContain('(changed in the latest update)')
    const row = await changed.locator('xpath=..').locator('th').textContent()
    expect(row).toBe('CDA')
    expect(watch.errors).toEqual([])
    await close()
  }, 40_000)

  test('on a phone the turned matrix outlines the changed cell, and only it, as the slanted one does', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      query: '?refresh=5',
      viewport: { width: 360, height: 740 },
      reducedMotion: 'reduce',
    })
    const grid = page.getByRole('grid')
    expect(await grid.evaluate((el) => el.tagName)).toBe('TABLE')
    writeFileSync(served, updatedDataset('2026-12-03T21:34:00+01:00'))
    await expect
      .poll(() => cdaCell(page).getAttribute('class'), { timeout: 20_000 })
      .toContain('pos-opposes')
    expect(await grid.locator('.cell.is-updated').count()).toBe(1)
    expect(await cdaCell(page).getAttribute('class')).toContain('is-updated')
    // The outline the reader sees: dashed round the cell's drawing while the mark lasts.
    const outline = await cdaCell(page)
      .locator('svg')
      .evaluate((svg) => getComputedStyle(svg).outlineStyle)
    expect(outline).toBe('dashed')
    await close()
  }, 40_000)

  test('a broken replacement leaves the last good data in place, with a notice', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      query: '?refresh=5&lang=en',
    })
    await markWindow(page)
    writeFileSync(served, updatedDataset('yesterday evening'))
    const notice = page.locator('.live-notice')
    await notice.waitFor({ timeout: 20_000 })
    expect(await notice.textContent()).toBe(
      'A new version of the data could not be read; you are seeing the previous one.',
    )
    expect(await cdaCell(page, 'en').getAttribute('class')).toContain('pos-supports')
    expect(await page.locator('.live-updated').textContent()).toBe('')
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(await windowKept(page)).toBe(true)
    expect(watch.errors).toEqual([])
    await close()
  }, 40_000)

  test('an unchanged file costs a 304 and re-renders nothing', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { query: '?refresh=5' })
    await page.evaluate(() => {
      const w = window as unknown as { mutations: number }
      w.mutations = 0
      new MutationObserver((records) => {
        w.mutations += records.length
      }).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      })
    })
    const before = answers.length
    await expect
      .poll(() => answers.slice(before).length, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(2)
    expect(answers.slice(before)).toEqual(answers.slice(before).map(() => 304))
    expect(await page.evaluate(() => (window as unknown as { mutations: number }).mutations)).toBe(
      0,
    )
    await close()
  }, 40_000)

  test('a hidden page sends no requests; shown again, it checks at once', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { query: '?refresh=5' })
    const setHidden = (hidden: boolean) =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', {
          configurable: true,
          get: () => (value ? 'hidden' : 'visible'),
        })
        document.dispatchEvent(new Event('visibilitychange'))
      }, hidden)
    await setHidden(true)
    const before = answers.length
    // Two intervals and their largest jitter.
    await page.waitForTimeout(12_500)
    expect(answers.length).toBe(before)
    await setHidden(false)
    await expect.poll(() => answers.length, { timeout: 2_000 }).toBe(before + 1)
    await close()
  }, 40_000)

  test('an embed keeps its host frame as tall as its content when an update adds a line', async () => {
    const host = await serveHostFiles({ '/host.html': 'tests/hosts/datawrapper-host.html' })
    const context = await suite.browser.newContext({ viewport: { width: 900, height: 800 } })
    const page = await context.newPage()
    const app = `${suite.server.url}embed.html?refresh=5`
    await page.goto(`${host.origin}/host.html?app=${encodeURIComponent(app)}`)
    const frame = await (await page.locator('iframe').elementHandle())?.contentFrame()
    if (!frame) throw new Error('the host page has no graphic frame')
    await frame.locator('html[data-interactive]').waitFor({ state: 'attached' })
    const heights = () =>
      Promise.all([
        page.evaluate(() =>
          Math.round(document.querySelector('iframe')?.getBoundingClientRect().height ?? 0),
        ),
        frame.evaluate(() =>
          Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0),
        ),
      ])
    await expect
      .poll(async () => {
        const [outer, inner] = await heights()
        return Math.abs(outer - inner)
      })
      .toBeLessThanOrEqual(1)
    const [before] = await heights()
    writeFileSync(served, '{ "meta": ')
    await frame.locator('.live-notice').waitFor({ timeout: 20_000 })
    await expect
      .poll(async () => {
        const [outer, inner] = await heights()
        return outer > before && Math.abs(outer - inner) <= 1
      })
      .toBe(true)
    await context.close()
    await host.close()
  }, 40_000)
})
