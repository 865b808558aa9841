import { readFileSync } from 'node:fs'
import type { Download, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { indexDataset } from '../../src/data/indexDataset.ts'
import { matrixModel } from '../../src/model/matrixModel.ts'
import { generateDataset } from '../bench/generateDataset.ts'
import { axeViolations } from './support/axe.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

// 40 parties × 150 measures: past the size from which the matrix draws only what is in view.
const raw = generateDataset({ parties: 40, measures: 150, phases: 4, seed: 7 })
const DATASET = JSON.stringify(raw)
const model = matrixModel(indexDataset(raw), {
  phase: raw.phases.at(-1)?.id ?? '',
  topics: [],
  sortBy: 'side',
  showSilentParties: false,
  rule: 'carried',
})
const ROWS = model.rows.length
const COLUMNS = model.columns.length

const suite = chromiumSuite()
const open = () =>
  openApp(suite.browser, suite.server, { dataset: DATASET, viewport: { width: 1280, height: 900 } })
const drawnCells = (page: Page) => page.locator('svg.stance-matrix [role=gridcell]').count()
const focusedGridPlace = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-grid') ?? null)

/** True when the element's box lies inside the scrolling frame's visible box. */
const inView = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const element = document.querySelector(selector)
    const frame = document.querySelector('.matrix-frame')
    if (!element || !frame) return false
    const box = element.getBoundingClientRect()
    const view = frame.getBoundingClientRect()
    return (
      box.left >= view.left - 1 &&
      box.right <= view.right + 1 &&
      box.top >= view.top - 1 &&
      box.bottom <= view.bottom + 1
    )
  }, selector)

// 6 000 cells: opening one takes seconds on a loaded machine, so each test gets a minute.
describe(`a large matrix (${ROWS} × ${COLUMNS} cells)`, { timeout: 60_000 }, () => {
  test('draws only the cells in view, tells screen readers the full size, and does not animate', async () => {
    const { page, watch, close } = await open()
    const grid = page.locator('svg.stance-matrix')
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(ROWS + 1))
    expect(await grid.getAttribute('aria-colcount')).toBe(String(COLUMNS + 1))
    const drawn = await drawnCells(page)
    expect(drawn).toBeGreaterThan(100)
    expect(drawn).toBeLessThan((ROWS * COLUMNS) / 4)
    // Each drawn cell and row carries its place in the whole grid.
    const first = page.locator('[data-grid="0,0"]')
    expect(await first.getAttribute('aria-colindex')).toBe('2')
    expect(await page.locator('[role=row]').nth(1).getAttribute('aria-rowindex')).toBe('2')
    // Hundreds of cells do not animate at once on a phase change, even without reduced motion.
    await page.getByRole('button', { name: 'Previous moment' }).click()
    const pulses = await page
      .locator('.cell.is-changed .cell-changed')
      .evaluateAll((dots) => dots.map((dot) => getComputedStyle(dot).animationName))
    expect(pulses.length).toBeGreaterThan(0)
    expect(pulses.every((name) => name === 'none')).toBe(true)
    expect(watch.errors).toEqual([])
    await close()
  })

  test('scrolling the frame draws the cells that come into view', async () => {
    const { page, close } = await open()
    const last = `[data-grid="${ROWS - 1},${COLUMNS - 1}"]`
    expect(await page.locator(last).count()).toBe(0)
    await page.locator('.matrix-frame').evaluate((frame) => {
      frame.scrollTop = frame.scrollHeight
      frame.scrollLeft = frame.scrollWidth
    })
    await page.locator(last).waitFor()
    expect(await inView(page, last)).toBe(true)
    // Cells scrolled out are dropped, but for the grid's one tab stop (0,0), kept for Tab.
    expect(await page.locator('[data-grid="1,1"]').count()).toBe(0)
    expect(await page.locator('[data-grid="0,0"]').getAttribute('tabindex')).toBe('0')
    await close()
  })

  test('party and measure names stay at the frame edges while it scrolls, and a click on one selects it', async () => {
    const { page, close } = await open()
    await page.locator('.matrix-frame').scrollIntoViewIfNeeded()
    await page.locator('.matrix-frame').evaluate((frame) => {
      frame.scrollTop = frame.scrollHeight / 2
      frame.scrollLeft = frame.scrollWidth / 2
    })
    await page.waitForTimeout(200)
    const edges = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect()
      return {
        frame: box('.matrix-frame'),
        rows: box('.matrix-frozen-rows'),
        columns: box('.matrix-frozen-columns'),
      }
    })
    expect(edges.rows?.left).toBeCloseTo(edges.frame?.left ?? Number.NaN, 0)
    expect(edges.columns?.top).toBeCloseTo(edges.frame?.top ?? Number.NaN, 0)
    // The copies are for eyes and mice only: no names twice for screen readers.
    expect(await page.locator('.matrix-frozen[aria-hidden="true"]').count()).toBe(3)
    // The row names in view are readable at the left edge: pick the one in the middle of the frame.
    const middleRow = await page.evaluate(() => {
      const frame = document.querySelector('.matrix-frame')?.getBoundingClientRect()
      if (!frame) return null
      const y = frame.top + frame.height / 2
      const x = frame.left + 20
      const hit = document.elementsFromPoint(x, y).find((e) => e.closest('.matrix-frozen-rows g'))
      return hit?.closest('g')?.textContent ?? null
    })
    expect(middleRow).toMatch(/^P\d+$/)
    await page.locator('.matrix-frozen-rows g', { hasText: new RegExp(`^${middleRow}$`) }).click()
    const header = page.getByRole('rowheader', { name: new RegExp(`\\(${middleRow}\\)`) })
    expect(await header.getAttribute('aria-selected')).toBe('true')
    await close()
  })

  test('Ctrl+End and Ctrl+Home reach the far corners by keyboard, drawn and scrolled into view', async () => {
    const { page, close } = await open()
    await page.locator('[role=gridcell][tabindex="0"]').focus()
    await page.keyboard.press('Control+End')
    await expect.poll(() => focusedGridPlace(page)).toBe(`${ROWS - 1},${COLUMNS - 1}`)
    expect(await inView(page, `[data-grid="${ROWS - 1},${COLUMNS - 1}"]`)).toBe(true)
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
    expect(name).toMatch(new RegExp(`on ${model.columns.at(-1)?.measure.title.en}:`))
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => focusedGridPlace(page)).toBe(`${ROWS - 2},${COLUMNS - 1}`)
    await page.keyboard.press('Control+Home')
    await expect.poll(() => focusedGridPlace(page)).toBe('0,0')
    expect(await inView(page, '[data-grid="0,0"]')).toBe(true)
    await close()
  })

  test('the table view comes twenty parties at a time, with a pager that says where the reader is', async () => {
    const { page, close } = await open()
    await page.getByRole('radio', { name: 'Table' }).check()
    const bodyRows = page.locator('.stance-table tbody tr')
    const rowNames = () => page.locator('.stance-table tbody th').allTextContents()
    expect(await bodyRows.count()).toBe(20)
    expect(await rowNames()).toEqual(model.rows.slice(0, 20).map((r) => r.party.shortName))
    const pager = page.getByRole('navigation', { name: 'Page through the parties in the table' })
    expect(await pager.locator('p').textContent()).toBe(`Parties 1–20 of ${ROWS}`)
    expect(await pager.getByRole('button', { name: /Previous/ }).isDisabled()).toBe(true)
    await pager.getByRole('button', { name: 'Next 20 parties →' }).click()
    expect(await pager.locator('p').textContent()).toBe(`Parties 21–40 of ${ROWS}`)
    expect(await rowNames()).toEqual(model.rows.slice(20, 40).map((r) => r.party.shortName))
    expect(await pager.getByRole('button', { name: /Next/ }).isDisabled()).toBe(true)
    // Every measure is a column on every page.
    expect(await page.locator('.stance-table thead th').count()).toBe(COLUMNS)
    await close()
  })

  test('printing the table view prints every party, then pages again', async () => {
    const { page, close } = await open()
    await page.getByRole('radio', { name: 'Table' }).check()
    const bodyRows = page.locator('.stance-table tbody tr')
    const pager = page.getByRole('navigation', { name: 'Page through the parties in the table' })
    await page.emulateMedia({ media: 'print' })
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    expect(await bodyRows.count()).toBe(ROWS)
    expect(await pager.count()).toBe(0)
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    await page.emulateMedia({ media: 'screen' })
    expect(await bodyRows.count()).toBe(20)
    expect(await pager.locator('p').textContent()).toBe(`Parties 1–20 of ${ROWS}`)
    await close()
  })

  test('has no accessibility violations, scrolled or not, as chart or table, in either theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openApp(suite.browser, suite.server, {
        dataset: DATASET,
        colorScheme,
      })
      expect(await axeViolations(page)).toEqual([])
      await page.locator('.matrix-frame').evaluate((frame) => {
        frame.scrollTop = frame.scrollHeight
        frame.scrollLeft = frame.scrollWidth / 3
      })
      await page.waitForTimeout(200)
      expect(await axeViolations(page)).toEqual([])
      await page.getByRole('radio', { name: 'Table' }).check()
      expect(await axeViolations(page)).toEqual([])
      await close()
    }
    // Six axe runs over thousands of nodes: slow on a 2-core machine, not a speed check.
  }, 120_000)

  test('printing draws every cell, without the scroll box or the header copies, then windows again', async () => {
    const { page, close } = await open()
    await page.emulateMedia({ media: 'print' })
    // Chromium fires beforeprint when a reader prints; page.pdf() does not, so fire it here.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    expect(await drawnCells(page)).toBe(ROWS * COLUMNS)
    const frame = page.locator('.matrix-frame')
    expect(await frame.evaluate((e) => getComputedStyle(e).maxHeight)).toBe('none')
    expect(await page.locator('.matrix-frozen-rows').isVisible()).toBe(false)
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    await page.emulateMedia({ media: 'screen' })
    await expect.poll(() => drawnCells(page)).toBeLessThan((ROWS * COLUMNS) / 4)
    await close()
  })

  test('the SVG export holds every cell, not only those in view', async () => {
    const { page, close } = await open()
    const [file] = await Promise.all([
      // Writing 6 000 cells with their computed styles takes seconds on a slow machine.
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Matrix as SVG' }).click(),
    ])
    const svg = readFileSync((await (file as Download).path()) ?? '', 'utf8')
    // Every cell has one ring (rx 4); marks and headers have other shapes.
    expect(svg.match(/<rect [^>]*rx="4"/g)?.length).toBe(ROWS * COLUMNS)
    // The page goes back to drawing only what is in view.
    await expect.poll(() => drawnCells(page)).toBeLessThan((ROWS * COLUMNS) / 4)
    await close()
  }, 90_000)
})
