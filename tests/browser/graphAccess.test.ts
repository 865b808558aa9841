import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { axTree } from './support/axTree.ts'
import { BUNDLED_DATASETS } from './support/bundledDatasets.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const suite = chromiumSuite()

const PAGES = BUNDLED_DATASETS.flatMap(({ name: data, languages }) =>
  languages.flatMap((lang) => [360, 1280].map((width) => ({ data, lang, width }))),
)

/** Walks the graph with the arrow keys from its first item: each item's name, in keyboard order. */
async function keyboardOrder(page: Page): Promise<string[]> {
  const items = page.locator('svg.conflict-graph [data-item]')
  const count = await items.count()
  await items.first().focus()
  const names: string[] = []
  for (let i = 0; i < count; i++) {
    names.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
    await page.keyboard.press('ArrowRight')
  }
  return names
}

/**
 * Focuses each item of the graph in turn and measures its focus indicator: the ring's stroke
 * colour, with its stroke opacity and the opacity of every group it is in, laid over the page's
 * background colour (all from computed styles), then WCAG's contrast ratio against that
 * background. Returns the items whose indicator is under 3:1 or not shown at all.
 */
function weakFocusIndicators(): string[] {
  const rgba = (text: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = (text.match(/[\d.]+/g) ?? []).map(Number)
    return { r, g, b, a }
  }
  const luminance = (c: { r: number; g: number; b: number }) => {
    const lin = (v: number) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
  }
  const body = rgba(getComputedStyle(document.body).backgroundColor)
  const background =
    body.a > 0 ? body : rgba(getComputedStyle(document.documentElement).backgroundColor)
  const items = [...document.querySelectorAll<SVGGElement>('svg.conflict-graph [data-item]')]
  return items.flatMap((item) => {
    item.focus()
    const name = item.getAttribute('data-item')
    // The indicator: whichever ring or halo the focus shows (the strongest, if there are two).
    const rings = [...item.querySelectorAll<SVGElement>('.focus-ring, .node-ring, .hit-area')]
    const ratios = rings.flatMap((ring) => {
      const style = getComputedStyle(ring)
      const stroke = rgba(style.stroke)
      if (style.display === 'none' || style.visibility === 'hidden' || stroke.a === 0) return []
      let alpha = stroke.a * Number(style.strokeOpacity)
      for (let el: Element | null = ring; el && el.localName !== 'svg'; el = el.parentElement)
        alpha *= Number(getComputedStyle(el).opacity)
      const over = (c: 'r' | 'g' | 'b') => alpha * stroke[c] + (1 - alpha) * background[c]
      const a = luminance({ r: over('r'), g: over('g'), b: over('b') })
      const b = luminance(background)
      return [(Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]
    })
    if (ratios.length === 0) return [`${name}: not shown`]
    const ratio = Math.max(...ratios)
    return ratio < 3 ? [`${name}: ${ratio.toFixed(2)}:1`] : []
  })
}

/** The weak indicators, after one arrow key so that focus is the keyboard's (:focus-visible). */
async function weakIndicators(page: Page): Promise<string[]> {
  await page.locator('svg.conflict-graph [data-item]').first().focus()
  await page.keyboard.press('Home')
  return page.evaluate(weakFocusIndicators)
}

describe('the conflict graph for keyboard and screen reader', () => {
  test.each(PAGES)(
    '$data, $lang, $width px: the accessibility tree reads the graph in the arrow keys’ order (WCAG 1.3.2); every focus indicator has 3:1 against the page, light and dark, dimmed or not (WCAG 1.4.11)',
    async ({ data, lang, width }) => {
      const { page, close } = await openApp(suite.browser, suite.server, {
        query: `?data=${data}&lang=${lang}`,
        viewport: { width, height: 900 },
      })
      // The reading order first, with no party selected: every item in the walk.
      const keys = await keyboardOrder(page)
      expect(keys.length).toBeGreaterThan(6)
      const inKeys = new Set(keys)
      const tree = (await axTree(page))
        .filter((n) => n.role === 'button' && inKeys.has(n.name))
        .map((n) => n.name)
      expect(tree).toEqual(keys)

      const weak: string[] = []
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme })
        weak.push(...(await weakIndicators(page)).map((w) => `${colorScheme}: ${w}`))
      }
      // With a party selected the others are dimmed; a focused one is shown at full strength.
      await page.locator('svg.conflict-graph .graph-node').first().click()
      await page.mouse.move(0, 0)
      // The graph follows the store a frame later.
      await expect
        .poll(() => page.locator('svg.conflict-graph .is-dimmed').count())
        .toBeGreaterThan(0)
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme })
        weak.push(...(await weakIndicators(page)).map((w) => `${colorScheme}, dimmed: ${w}`))
      }
      expect(weak).toEqual([])
      await close()
    },
    90_000,
  )
})
