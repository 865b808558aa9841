import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { translatedTestland } from '../support/translatedTestland.ts'
import { axeViolations } from './support/axe.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

// Issue 20: a dataset in a right-to-left language renders right to left. Testland in Hebrew
// (with English): made-up content, with party short names in Hebrew too (אדום, כחול, ירוק).
const suite = chromiumSuite()
const HEBREW = JSON.stringify(translatedTestland('he'))

const open = (page: { width: number; scheme?: 'light' | 'dark' }) =>
  openApp(suite.browser, suite.server, {
    dataset: HEBREW,
    viewport: { width: page.width, height: 900 },
    colorScheme: page.scheme ?? 'light',
    reducedMotion: 'reduce',
  })

/** The grid on screen: the slanted SVG or the turned table. */
const shownGrid = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('#matrix-view [role="grid"]')].find(
        (g) => g.getClientRects().length > 0,
      )?.tagName,
  )

/** Each element a selector finds in the grid on screen: its name and rounded left and right edges. */
const edges = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const grid = [...document.querySelectorAll('#matrix-view [role="grid"]')].find(
      (g) => g.getClientRects().length > 0,
    ) as Element
    return [...grid.querySelectorAll(selector)].map((el) => {
      const box = el.getBoundingClientRect()
      const text = el.getAttribute('aria-label') ?? el.textContent
      return { left: Math.round(box.left), right: Math.round(box.right), text }
    })
  }, selector)

/**
 * Elements that reach past the page's sides (320 px: WCAG 1.4.10), other than those a
 * scrolling or clipping box holds (the phase stops scroll sideways on a phone) and the
 * visually hidden ones.
 */
const sticksOut = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
        if (getComputedStyle(up).overflowX !== 'visible') return true
      return getComputedStyle(el).clipPath !== 'none'
    }
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getClientRects().length > 0 && !clipped(el))
      .filter((el) => {
        const box = el.getBoundingClientRect()
        return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5)
      })
      .map((el) => `${el.tagName}.${el.getAttribute('class')}: ${el.textContent?.slice(0, 30)}`)
  })

describe('the Hebrew page reads right to left', () => {
  test('at 1280 px the slanted matrix has its party names at the right, the first measure beside them', async () => {
    const { page, watch, close } = await open({ width: 1280 })
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['he', 'rtl'])
    expect(await shownGrid(page)).toBe('svg')
    const names = await edges(page, '[role="rowheader"] .matrix-row-label')
    const cells = await edges(page, '[role="gridcell"]')
    expect(names.map((n) => n.text)).toEqual(['אדום', 'כחול', 'ירוק'])
    // Every name right of every cell, and inside the page.
    const cellsEnd = Math.max(...cells.map((c) => c.right))
    for (const name of names) {
      expect(name.left).toBeGreaterThanOrEqual(cellsEnd)
      expect(name.right).toBeLessThanOrEqual(1280)
    }
    // Columns run leftwards: each column header's cell is left of the one before it.
    const firstRow = await edges(page, '[aria-rowindex="2"] [role="gridcell"]')
    const lefts = firstRow.map((c) => c.left)
    expect(lefts).toEqual([...lefts].sort((a, b) => b - a))
    expect(new Set(lefts).size).toBe(4)
    // The titles lean up and to the left, from above their own column.
    const titles = await edges(page, '[role="columnheader"] .matrix-column-label')
    expect(titles.map((t) => t.text)).toEqual(['תקרה', 'זמן המתנה', 'בלם חירום', 'הצבעה'])
    titles.forEach((title, i) => {
      const cell = firstRow[i] as { left: number; right: number }
      expect(title.right, title.text ?? '').toBeLessThanOrEqual(cell.right + 2)
      expect(title.right, title.text ?? '').toBeGreaterThan(cell.left)
    })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280)
    expect(watch.errors).toEqual([])
    await close()
  })

  test.each([360, 320])(
    'at %i px the turned matrix has its measures at the right, and nothing runs past the page',
    async (width) => {
      const { page, watch, close } = await open({ width })
      expect(await shownGrid(page)).toBe('TABLE')
      const titles = await edges(page, 'tbody th')
      const cells = await edges(page, '[role="gridcell"]')
      expect(titles.map((t) => t.text)).toEqual(['תקרה', 'זמן המתנה', 'בלם חירום', 'הצבעה'])
      const cellsEnd = Math.max(...cells.map((c) => c.right))
      for (const title of titles) expect(title.left).toBeGreaterThanOrEqual(cellsEnd - 1)
      // The parties' columns run leftwards from the titles: red, blue, then green.
      const parties = await edges(page, 'thead .turned-party')
      expect(parties.map((p) => p.text?.split(' (')[0])).toEqual([
        'המפלגה האדומה',
        'המפלגה הכחולה',
        'המפלגה הירוקה',
      ])
      const lefts = parties.map((p) => p.left)
      expect(lefts).toEqual([...lefts].sort((a, b) => b - a))
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width)
      expect(await sticksOut(page)).toEqual([])
      expect(watch.errors).toEqual([])
      await close()
    },
  )

  test('the phase stepper starts at the right, and its arrows point the way the page reads', async () => {
    const { page, close } = await open({ width: 1280 })
    const stepper = await page.locator('.phase-control').evaluate((control) => {
      const [back, forth] = [...control.querySelectorAll('.phase-step')].map((b) => ({
        arrow: b.querySelector('[aria-hidden]')?.textContent,
        name: b.textContent?.replace(/^./, ''),
        left: b.getBoundingClientRect().left,
      }))
      const stops = [...control.querySelectorAll('.phase-stop')].map(
        (s) => s.getBoundingClientRect().left,
      )
      return { back, forth, stops }
    })
    expect(stepper.back).toMatchObject({ arrow: '→', name: 'Previous moment' })
    expect(stepper.forth).toMatchObject({ arrow: '←', name: 'Next moment' })
    expect(stepper.back?.left).toBeGreaterThan(stepper.forth?.left ?? Number.POSITIVE_INFINITY)
    // The first moment at the right, the last at the left.
    expect(stepper.stops).toEqual([...stepper.stops].sort((a, b) => b - a))
    await close()
  })

  test.each([
    // Slanted: a row is a party, so the next column is the next measure; past the first
    // cell, the party's own header.
    [1280, /^אדום on זמן המתנה/, /^המפלגה האדומה \(אדום\)/],
    // Turned: a row is a measure, so the next column is the next party; then the title.
    [360, /^כחול on תקרה/, /^תקרה$/],
  ] as const)(
    'at %i px ArrowLeft moves to the next column and ArrowRight back, as the reader sees them',
    async (width, next, header) => {
      const { page, close } = await open({ width })
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement as Element
          const box = el.getBoundingClientRect()
          return { name: el.getAttribute('aria-label') ?? '', left: box.left }
        })
      await page.getByRole('gridcell', { name: /^אדום on תקרה/ }).focus()
      const first = await focused()
      await page.keyboard.press('ArrowLeft')
      const second = await focused()
      expect(second.name).toMatch(next)
      expect(second.left).toBeLessThan(first.left)
      await page.keyboard.press('ArrowRight')
      expect((await focused()).name).toBe(first.name)
      await page.keyboard.press('ArrowRight')
      const start = await focused()
      expect(start.name).toMatch(header)
      expect(start.left).toBeGreaterThan(first.left)
      await close()
    },
  )
})

describe('the interface in English on the Hebrew page (no Hebrew catalogue)', () => {
  test('its words carry lang="en" and read left to right, the dataset’s Hebrew keeps lang="he" (WCAG 3.1.2)', async () => {
    const { page, close } = await open({ width: 1280 })
    for (const summary of await page.locator('details > summary').all()) await summary.click()
    await page.getByRole('gridcell', { name: /^אדום on תקרה/ }).click()
    const wrong = await page.evaluate(() => {
      const found: string[] = []
      const walker = document.createTreeWalker(document.querySelector('main') as Node, 4)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? ''
        const el = node.parentElement as Element
        // Identifiers in no language: dataset file names, embed code, the licence.
        if (!text || el.closest('option, textarea') || text === 'CC0-1.0') continue
        if (el.getClientRects().length === 0 && !el.closest('.visually-hidden')) continue
        const lang = el.closest('[lang]')?.getAttribute('lang')
        const latin = /[A-Za-z]/.test(text)
        const hebrew = /[\u0590-\u05ff]/.test(text)
        // SVG has no dir: its text runs in its own direction property (one word or name here).
        const svg = el.closest('svg')
        const dir = svg ? (latin ? 'ltr' : 'rtl') : el.closest('[dir]')?.getAttribute('dir')
        if (latin ? lang !== 'en' || dir !== 'ltr' : hebrew && (lang !== 'he' || dir !== 'rtl'))
          found.push(`${lang}/${dir} ${el.tagName}.${el.getAttribute('class')}: ${text}`)
      }
      return found
    })
    expect(wrong).toEqual([])
    // Punctuation where English puts it: the question mark ends the heading at its right.
    const mark = await page.locator('#majority-title').evaluate((heading) => {
      const range = document.createRange()
      const text = [...heading.querySelectorAll('*'), heading]
        .flatMap((el) => [...el.childNodes])
        .find((n) => n.nodeType === 3 && n.textContent?.endsWith('?')) as Text
      range.setStart(text, text.length - 1)
      range.setEnd(text, text.length)
      const last = range.getBoundingClientRect().right
      range.selectNodeContents(heading)
      return { last, whole: range.getBoundingClientRect().right }
    })
    expect(mark.last).toBeGreaterThanOrEqual(mark.whole - 0.5)
    // A name and a number in an English sentence keep their order: "אדום: 4 of 10 seats".
    const sentence = page.locator('.majority-sentence').first()
    expect(await sentence.getAttribute('lang')).toBe('en')
    const order = await sentence.evaluate((p) => {
      const name = p.querySelector('bdi') as Element
      const range = document.createRange()
      range.selectNodeContents(name.nextSibling as Node)
      return [
        name.textContent,
        name.getAttribute('lang'),
        range.toString().slice(0, 9),
        name.getBoundingClientRect().right <= (range.getClientRects()[0]?.left ?? Number.NaN) + 0.5,
      ]
    })
    expect(order).toEqual(['אדום', 'he', ': 4 of 10', true])
    await close()
  })
})

describe('axe-core finds no violations on the Hebrew page', () => {
  test.each([
    [360, 'light'],
    [1280, 'dark'],
  ] as const)('at %i px, %s', async (width, scheme) => {
    const { page, close } = await open({ width, scheme })
    for (const summary of await page.locator('details:not(.cited-more) > summary').all())
      await summary.click()
    await page.getByRole('gridcell').first().hover()
    expect(await axeViolations(page)).toEqual([])
    await close()
  })
})
