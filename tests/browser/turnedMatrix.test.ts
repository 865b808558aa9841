import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { fixtureText, type Json } from '../support/fixtureChange.ts'
import { axTree } from './support/axTree.ts'
import { BUNDLED_DATASETS } from './support/bundledDatasets.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp, TESTLAND } from './support/openApp.ts'

// The matrix turned for narrow frames (#15) beside the slanted one: one of the two is the
// graphic at a time, for the eye, the keyboard and the screen reader alike.
const suite = chromiumSuite()

type Party = { [key: string]: Json }

/**
 * Testland as a formation: red governs, blue and two newcomers are in talks, one more supports
 * from outside, green opposes: six parties in four sides, three of them of one party or two.
 * Red demands the cap at the last phase. Seats: 4 + 3 + 3 (base) + 3 × 3 (new) = 19 of 19.
 */
const FORMATION = fixtureText((base) => {
  const parties = base.parties as Party[]
  const green = parties.find((p) => p.id === 'green') as Party
  const newcomer = (id: string, shortName: string, side: string, colour: string): Party => ({
    ...green,
    id,
    shortName,
    side,
    colour,
    name: { nl: `Partij ${shortName}`, en: `${shortName} Party` },
  })
  for (const p of parties) if (p.id === 'blue') p.side = 'negotiating'
  parties.push(
    newcomer('amber', 'AMB', 'negotiating', '#b45309'),
    newcomer('teal', 'TEA', 'negotiating', '#0f766e'),
    newcomer('pink', 'PNK', 'support', '#be185d'),
  )
  const [lower, upper] = base.chambers as { seats: number }[]
  if (lower && upper) {
    lower.seats += 9
    upper.seats += 6
  }
  for (const s of base.stances as Party[])
    if (s.party === 'red' && s.measure === 'cap' && s.phase === 'end') s.position = 'demand'
  return base
})

/** The grids on screen and in the accessibility tree, and the grid elements hidden from both. */
const grids = async (page: Page) => {
  const tree = await axTree(page)
  const dom = await page.evaluate(() =>
    [...document.querySelectorAll('#matrix-view [role="grid"]')].map((grid) => {
      // Try to focus every place of the grid: a hidden one must take none.
      const places = [...grid.querySelectorAll<HTMLElement>('[tabindex]')]
      const focusable = places.filter((place) => {
        place.focus()
        return document.activeElement === place
      }).length
      ;(document.activeElement as HTMLElement | null)?.blur()
      return { tag: grid.tagName, shown: grid.getClientRects().length > 0, focusable }
    }),
  )
  return {
    tree: {
      grids: tree.filter((n) => n.role === 'grid').length,
      cells: tree.filter((n) => n.role === 'gridcell').length,
    },
    dom,
  }
}

/** The party columns (turned) or rows (slanted) in order: name, side's label, drawn in bold. */
const partiesShown = (page: Page) =>
  page.evaluate(() => {
    const grid = [...document.querySelectorAll('#matrix-view [role="grid"]')].find(
      (g) => g.getClientRects().length > 0,
    ) as Element
    const bold = (el: Element) => Number(getComputedStyle(el).fontWeight) >= 700
    if (grid.tagName === 'TABLE') {
      // A side as drawn: its label over its columns, or on a line of its own with a bracket
      // over its columns.
      const sides = [...grid.querySelectorAll('.turned-groups')].flatMap((line) => {
        const brackets = [...line.querySelectorAll('.turned-bracket')]
        const spans =
          brackets.length > 0 ? brackets : [...line.children].filter((c) => c.textContent)
        return spans.map((span) => ({
          box: span.getBoundingClientRect(),
          label: brackets.length > 0 ? line.textContent : span.textContent,
        }))
      })
      return [...grid.querySelectorAll('.turned-party')].map((th) => {
        const box = th.getBoundingClientRect()
        const middle = (box.left + box.right) / 2
        const side = sides.find((s) => s.box.left <= middle && middle <= s.box.right)
        return [th.textContent, side?.label ?? null, bold(th)]
      })
    }
    return [...grid.querySelectorAll('[role="rowgroup"][aria-label]')].flatMap((group) =>
      [...group.querySelectorAll('.matrix-row-label')].map((label) => [
        label.textContent,
        group.getAttribute('aria-label'),
        bold(label),
      ]),
    )
  })

describe('one grid at a time', () => {
  test.each([
    [360, 'TABLE'],
    [1280, 'svg'],
  ] as const)(
    'at %i px the %s is the only grid in the accessibility tree, and the other takes no focus',
    async (width, shown) => {
      const { page, close } = await openApp(suite.browser, suite.server, {
        viewport: { width, height: 900 },
      })
      const found = await grids(page)
      // Six parties × ten measures, once.
      expect(found.tree).toEqual({ grids: 1, cells: 60 })
      expect(found.dom).toEqual([
        { tag: 'svg', shown: shown === 'svg', focusable: shown === 'svg' ? expect.any(Number) : 0 },
        {
          tag: 'TABLE',
          shown: shown === 'TABLE',
          focusable: shown === 'TABLE' ? expect.any(Number) : 0,
        },
      ])
      expect(found.dom.find((g) => g.shown)?.focusable).toBeGreaterThan(60)
      // Tab from the skip link lands in the grid on screen.
      await page.locator('.skip-link').focus()
      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
      const landed = await page.evaluate(() => {
        const el = document.activeElement as Element
        return [el.closest('[role="grid"]')?.tagName, el.getClientRects().length > 0]
      })
      expect(landed).toEqual([shown, true])
      await close()
    },
  )

  test('the table view reads the same whichever way the chart is turned', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      dataset: TESTLAND,
      viewport: { width: 360, height: 740 },
    })
    const table = () =>
      page.locator('#matrix-view table').evaluate((t) => ({
        rows: [...(t as HTMLTableElement).rows].map((r) =>
          [...r.cells].map((c) => c.textContent?.trim()),
        ),
        grids: document.querySelectorAll('[role="grid"]').length,
      }))
    await page.getByRole('radio', { name: 'Table' }).check()
    const narrow = await table()
    await page.setViewportSize({ width: 1280, height: 900 })
    expect(await table()).toEqual(narrow)
    expect(narrow.grids).toBe(0)
    expect(narrow.rows[0]).toEqual(['', 'Cap', 'Waiting time', 'Emergency brake', 'Vote'])
    // Back to the chart: the grid that fits, turned again at 360 px.
    await page.getByRole('radio', { name: 'Chart' }).check()
    expect(await page.getByRole('grid').evaluate((g) => g.tagName)).toBe('svg')
    await page.setViewportSize({ width: 360, height: 740 })
    expect(await page.getByRole('grid').evaluate((g) => g.tagName)).toBe('TABLE')
    await close()
  })
})

/**
 * Titles in the turned matrix that break onto a new line inside a word: the word's two
 * halves, split at the break. A break after a space, a hyphen, a slash or at a soft hyphen
 * (where the browser draws a hyphen) is where an editor would break.
 */
const wordsBroken = (page: Page) =>
  page.evaluate(() => {
    const broken: string[] = []
    const titles = document.querySelectorAll('.turned-matrix .turned-title span')
    for (const span of titles) {
      if (span.getClientRects().length === 0) continue
      const text = span.firstChild
      if (!(text instanceof Text)) continue
      const range = document.createRange()
      let lastTop: number | null = null
      for (let i = 0; i < text.length; i += 1) {
        range.setStart(text, i)
        range.setEnd(text, i + 1)
        // The last box: a soft hyphen drawn at a line's end lends its box to the next letter.
        const box = [...range.getClientRects()].at(-1)
        if (!box || box.width === 0) continue
        const before = text.data.slice(0, i)
        if (lastTop !== null && box.top > lastTop + 2 && !/[\s\-/\u00ad]$/.test(before))
          broken.push(
            `${before.replaceAll('\u00ad', '')}|${text.data.slice(i).replaceAll('\u00ad', '')}`,
          )
        lastTop = box.top
      }
    }
    return broken
  })

// Every bundled dataset in each of its languages (the Ampel one too, with seven parties and
// long German compounds), as a phone shows it.
describe.each(BUNDLED_DATASETS)('the turned matrix of $name', ({ name, languages }) => {
  test.each(languages)(
    'in %s at 360 and 320 px: the only grid, every cell once, and no title broken inside a word',
    async (language) => {
      const { page, close } = await openApp(suite.browser, suite.server, {
        query: `?data=${name}&lang=${language}`,
        viewport: { width: 360, height: 900 },
      })
      for (const width of [360, 320]) {
        await page.setViewportSize({ width, height: 900 })
        const at = `${name} ${language} ${width}px`
        const found = await grids(page)
        const shown = found.dom.filter((g) => g.shown)
        expect(
          shown.map((g) => g.tag),
          at,
        ).toEqual(['TABLE'])
        const drawn = await page.locator('.turned-matrix [role="gridcell"]').count()
        expect(drawn, at).toBeGreaterThan(0)
        expect(found.tree, at).toEqual({ grids: 1, cells: drawn })
        expect(await wordsBroken(page), at).toEqual([])
      }
      await close()
    },
  )
})

describe('a formation: coalition, negotiating, support and opposition parties', () => {
  test('turned at 360 and 320 px, the sides are grouped and named as in the slanted matrix, the parties at the table in bold, and the matrix fits', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      dataset: FORMATION,
      viewport: { width: 1280, height: 900 },
    })
    const slanted = await partiesShown(page)
    expect(slanted).toEqual([
      ['RED', 'Coalition', true],
      ['AMB', 'In coalition talks', true],
      ['BLU', 'In coalition talks', true],
      ['TEA', 'In coalition talks', true],
      ['PNK', 'Support from outside', false],
      ['GRN', 'Opposition', false],
    ])
    for (const width of [360, 320]) {
      await page.setViewportSize({ width, height: 900 })
      expect(await page.getByRole('grid').evaluate((g) => g.tagName)).toBe('TABLE')
      expect(await partiesShown(page), `${width}px`).toEqual(slanted)
      const fit = await page.evaluate(() => {
        const stage = document.querySelector('.matrix-stage') as HTMLElement
        const table = stage.querySelector('.turned-matrix') as HTMLElement
        const title = table.querySelector('.turned-title') as HTMLElement
        const labels = [...table.querySelectorAll('.turned-groups td')].filter(
          (td) => td.textContent,
        )
        const tableBox = table.getBoundingClientRect()
        return {
          sideways: table.getBoundingClientRect().right - stage.getBoundingClientRect().right,
          page: document.documentElement.scrollWidth,
          // The titles keep a column a reader can read: "Waiting time" on at most two lines.
          title: title.getBoundingClientRect().width,
          outside: labels
            .filter((td) => {
              const box = td.getBoundingClientRect()
              return box.left < tableBox.left - 0.5 || td.scrollWidth > td.clientWidth + 0.5
            })
            .map((td) => td.textContent),
        }
      })
      expect(fit.sideways, `${width}px`).toBeLessThanOrEqual(0.5)
      expect(fit.page, `${width}px`).toBeLessThanOrEqual(width)
      expect(fit.title, `${width}px`).toBeGreaterThanOrEqual(72)
      expect(fit.outside, `${width}px`).toEqual([])
    }
    await close()
  })

  test.each([
    [1280, 360],
    [360, 1280],
  ] as const)(
    'after a phase change at %i px, the first frame at %i px shows the other grid at the new phase',
    async (from, to) => {
      // The grid CSS hides keeps its last drawing until it is shown: it must be current by then.
      const { page, close } = await openApp(suite.browser, suite.server, {
        viewport: { width: from, height: 900 },
      })
      const phases = page.locator('label:has(input[name=phase])')
      await phases.first().click()
      await expect.poll(() => page.locator('input[name=phase]').first().isChecked()).toBe(true)
      const shownCells = () =>
        page.evaluate(async () => {
          // Read right after the next frame is painted: what the reader first sees.
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
          const grid = [...document.querySelectorAll('#matrix-view [role="grid"]')].find(
            (g) => g.getClientRects().length > 0,
          ) as Element
          const cells = [...grid.querySelectorAll('[role="gridcell"]')]
          return {
            grid: grid.tagName,
            // A cell's name and its stance's marks (position, confidence), in either grid.
            cells: cells
              .map((c) => {
                const marks = (c.getAttribute('class') ?? '')
                  .split(' ')
                  .filter((k) => /^(pos|conf)-/.test(k))
                return `${c.getAttribute('aria-label')} ${marks.sort().join(' ')}`
              })
              .sort(),
          }
        })
      const before = await shownCells()
      await page.setViewportSize({ width: to, height: 900 })
      const after = await shownCells()
      expect(after.grid).toBe(from === 1280 ? 'TABLE' : 'svg')
      expect(after.cells).toEqual(before.cells)
      await close()
    },
  )

  test('after a width change, the roving tab stop is where the reader left it', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      viewport: { width: 1280, height: 900 },
    })
    // Focus a cell in the slanted grid, then narrow the page so the turned grid shows.
    const cell = page.locator('svg.stance-matrix [role="gridcell"]').nth(5)
    const name = await cell.getAttribute('aria-label')
    await cell.focus()
    await page.setViewportSize({ width: 360, height: 900 })
    await page.locator('.skip-link').focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    const landed = () =>
      page.evaluate(() => {
        const el = document.activeElement as Element
        return [el.closest('[role="grid"]')?.tagName, el.getAttribute('aria-label')]
      })
    expect(await landed()).toEqual(['TABLE', name])
    // The keys move on from there (down: the next measure, the same party).
    await page.keyboard.press('ArrowDown')
    const [grid, next] = await landed()
    expect(grid).toBe('TABLE')
    expect(next).not.toBe(name)
    await close()
  })

  test('a demand shows its own mark and name in both orientations', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      dataset: FORMATION,
      viewport: { width: 360, height: 740 },
    })
    const demand = () =>
      page
        .getByRole('gridcell', { name: /^RED on Cap:/ })
        .evaluate((cell) => [
          cell.getAttribute('aria-label'),
          cell.classList.contains('pos-demand'),
          cell.querySelector('.cell-glyph')?.textContent,
          getComputedStyle(cell.querySelector('.cell-mark') as Element).fill,
        ])
    const turned = await demand()
    expect(turned.slice(1, 3)).toEqual([true, '!'])
    expect(turned[0]).toMatch(/demands it/)
    await page.setViewportSize({ width: 1280, height: 900 })
    expect(await demand()).toEqual(turned)
    await close()
  })
})
