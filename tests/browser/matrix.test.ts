import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp, TESTLAND } from './support/openApp.ts'

const suite = chromiumSuite()

const cell = (page: Page, name: string) => page.getByRole('gridcell', { name })
const label = (page: Page, name: string) => cell(page, name).getAttribute('aria-label')
const rowOrder = (page: Page) =>
  page.locator('[role=rowheader] text.matrix-row-label').allTextContents()

describe('the stance matrix (testland fixture)', () => {
  test('draws one cell per party and measure, each named with party, measure, position and confidence', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    expect(await page.getByRole('gridcell').count()).toBe(12)
    expect(await label(page, 'RED on Cap')).toBe('RED on Cap: supports; on the record')
    expect(await rowOrder(page)).toEqual(['RED', 'BLU', 'GRN'])
    expect(watch.errors).toEqual([])
    await close()
  })

  test('the phase control changes every cell, marks changes and shows measures not yet on the table', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    await page.getByRole('radio', { name: /Middle/ }).check()
    expect(await label(page, 'BLU on Cap')).toBe(
      'BLU on Cap: red line; reported by unnamed sources; changed since Before',
    )
    expect(await label(page, 'RED on Vote')).toBe('RED on Vote: not yet on the table')
    await page.getByRole('button', { name: 'Previous moment' }).click()
    expect(await label(page, 'BLU on Cap')).toBe('BLU on Cap: opposes; on the record')
    // In the grid on screen: the one CSS hides keeps its last drawing until it is shown.
    expect(await page.locator('.cell.is-changed:visible').count()).toBe(0)
    await close()
  })

  test('unknown looks different from undecided, and unnamed sources show as a hollow mark', async () => {
    // Reduced motion, so colours are read at rest rather than mid-transition.
    const { page, close } = await openApp(suite.browser, suite.server, {
      dataset: TESTLAND,
      reducedMotion: 'reduce',
    })
    await page.getByRole('radio', { name: /Middle/ }).check()
    const glyph = (name: string) => cell(page, name).locator('.cell-glyph').textContent()
    expect(await glyph('BLU on Emergency brake')).toBe('~') // undecided
    expect(await glyph('GRN on Emergency brake')).toBe('?') // unknown
    const fill = (name: string) =>
      cell(page, name)
        .locator('.cell-mark')
        .evaluate((el) => getComputedStyle(el).fill)
    expect(await fill('BLU on Emergency brake')).toBe('rgb(255, 255, 255)') // hollow: page background
    expect(await fill('RED on Emergency brake')).toBe('rgb(29, 95, 168)') // filled: supports blue
    await close()
  })

  test('hovering a cell opens its card with summary, quote, speaker and sources opening safely in a new tab', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    await page.getByRole('radio', { name: /Before/ }).check()
    await cell(page, 'RED on Cap').hover()
    const card = page.locator('.cell-card')
    expect(await card.locator('h3').textContent()).toBe('RED · Cap')
    expect(await card.textContent()).toContain('“We want a cap.”— Ann Example')
    const link = card.getByRole('link', { name: /Fictional report 1/ })
    expect(await link.getAttribute('href')).toBe('https://example.org/report-1')
    expect(await link.getAttribute('target')).toBe('_blank')
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer')
    await close()
  })

  test('keyboard: one tab stop, arrows move, Enter opens the card, Escape closes it and returns focus', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    const grid = page.getByRole('grid')
    expect(await grid.locator('[tabindex="0"]').count()).toBe(1)
    await grid.locator('[tabindex="0"]').focus()
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
    expect(await focused()).toMatch(/^RED on Cap/)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowDown')
    expect(await focused()).toMatch(/^BLU on Waiting time/)
    const ring = await page.evaluate(() => {
      const ringEl = document.activeElement?.querySelector('.cell-ring')
      return ringEl ? getComputedStyle(ringEl).stroke : null
    })
    expect(ring).toBe('rgb(29, 78, 216)') // the visible focus colour
    await page.keyboard.press('End')
    expect(await focused()).toMatch(/^BLU on Vote/)
    await page.keyboard.press('Enter')
    const close1 = page.getByRole('button', { name: 'Close' })
    await close1.waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Close')
    await page.keyboard.press('Escape')
    expect(await close1.count()).toBe(0)
    expect(await focused()).toMatch(/^BLU on Vote/)
    await close()
  })

  test('on a touch screen a tap opens the card and a second tap closes it', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      dataset: TESTLAND,
      hasTouch: true,
      isMobile: true,
      viewport: { width: 360, height: 740 },
    })
    await cell(page, 'GRN on Cap').tap()
    expect(await page.getByRole('button', { name: 'Close' }).count()).toBe(1)
    expect(await page.locator('.cell-card h3').textContent()).toBe('GRN · Cap')
    await cell(page, 'GRN on Cap').tap()
    expect(await page.getByRole('button', { name: 'Close' }).count()).toBe(0)
    await close()
  })

  test('row and column headers select a party and a measure', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    const blue = page.getByRole('rowheader', { name: /Blue Party/ })
    await blue.click()
    expect(await blue.getAttribute('aria-selected')).toBe('true')
    const vote = page.getByRole('columnheader', { name: 'Vote' })
    await vote.click()
    expect(await vote.getAttribute('aria-selected')).toBe('true')
    expect(await page.locator('.matrix-selection').count()).toBe(2)
    await close()
  })

  test('rows sort by agreement with a chosen party, and topics filter the columns', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    await page.getByLabel('Order of the parties').selectOption('red')
    expect(await rowOrder(page)).toEqual(['RED', 'GRN', 'BLU'])
    await page.getByRole('checkbox', { name: 'Procedure' }).check()
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(['Vote'])
    await close()
  })

  test('changes animate only when motion is allowed', async () => {
    const pulses = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page, close } = await openApp(suite.browser, suite.server, {
        dataset: TESTLAND,
        reducedMotion,
      })
      await page.getByRole('radio', { name: /Middle/ }).check()
      const names = await page
        .locator('.cell.is-changed .cell-changed')
        .evaluateAll((dots) => dots.map((dot) => getComputedStyle(dot).animationName))
      await close()
      return names
    }
    const still = await pulses('reduce')
    expect(still.length).toBeGreaterThan(0)
    expect(still.every((name) => name === 'none')).toBe(true)
    expect((await pulses('no-preference')).every((name) => name === 'pulse')).toBe(true)
  })

  test('changed cells pulse when the reader moves to another phase, not when the page opens', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      dataset: TESTLAND,
      reducedMotion: 'no-preference',
    })
    // The animation each changed cell's dot is given (read from style: it may already be over).
    const pulses = () =>
      page
        .locator('.cell.is-changed .cell-changed')
        .evaluateAll((dots) => dots.map((dot) => getComputedStyle(dot).animationName))
    // The last phase opens with changed cells marked, and none of them moving.
    const atOpening = await pulses()
    expect(atOpening.length).toBeGreaterThan(0)
    expect(atOpening.every((name) => name === 'none')).toBe(true)
    await page.getByRole('radio', { name: /Middle/ }).check()
    const afterMove = await pulses()
    expect(afterMove.length).toBeGreaterThan(0)
    expect(afterMove.every((name) => name === 'pulse')).toBe(true)
    await close()
  })

  test('at 360px every header stays inside the (turned) chart and the page does not scroll sideways', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      dataset: TESTLAND,
      viewport: { width: 360, height: 740 },
    })
    const grid = await page.getByRole('grid').boundingBox()
    const headers = page.getByRole('grid').getByRole('columnheader')
    expect(await headers.count()).toBe(3)
    for (const header of [...(await headers.all()), ...(await page.getByRole('rowheader').all())]) {
      const box = await header.boundingBox()
      expect(box && grid && box.y >= grid.y && box.x + box.width <= grid.x + grid.width + 1).toBe(
        true,
      )
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await close()
  })
})

describe('the stance matrix (bundled Rutte IV dataset)', () => {
  test('shows the coalition first by seats, hides silent opposition parties until asked, names every cell', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server)
    const rows = await rowOrder(page)
    expect(rows.slice(0, 4)).toEqual(['VVD', 'D66', 'CDA', 'CU'])
    for (const name of await page
      .getByRole('gridcell')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))))
      expect(name).toMatch(/^\S+ over .+: /)
    await page.getByRole('checkbox', { name: 'Toon ook partijen zonder bekend standpunt' }).check()
    expect((await rowOrder(page)).length).toBe(22)
    expect(watch.errors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
    await close()
  })

  test('before the crisis week, measures first tabled on Wednesday are not yet on the table', async () => {
    const { page, close } = await openApp(suite.browser, suite.server)
    await page.getByRole('radio', { name: /Aanloop/ }).check()
    expect(await label(page, 'VVD over Stemming in de ministerraad')).toBe(
      'VVD over Stemming in de ministerraad: nog niet op tafel',
    )
    await close()
  })
})
