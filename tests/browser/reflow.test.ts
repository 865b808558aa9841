import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const suite = chromiumSuite()

/**
 * What sticks out of its section on the right: elements whose box passes the section's edge,
 * outside any box that scrolls sideways on purpose (the matrix frame, a table frame).
 */
function overflowing(): string[] {
  const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX)
  return [...document.querySelectorAll('main > section')].flatMap((section) => {
    const edge = section.getBoundingClientRect().right
    return [...section.querySelectorAll('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect()
        if (box.width === 0 || box.right <= edge + 1) return false
        if (el.closest('.visually-hidden')) return false
        for (let up = el.parentElement; up && up !== section; up = up.parentElement)
          if (scrolls(up)) return false
        return true
      })
      .map(
        (el) =>
          `${section.querySelector('h2')?.textContent}: <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${Math.round(el.getBoundingClientRect().right - edge)} px past`,
      )
  })
}

/** Opens every table view, so their tables are measured too. */
async function openTableViews(page: Page): Promise<void> {
  await page.locator('main details').evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true
  })
}

test('at 320 px no section is cut off: nothing passes its right edge, the page does not scroll sideways (WCAG 1.4.10)', async () => {
  const { page, close } = await openApp(suite.browser, suite.server, {
    viewport: { width: 320, height: 800 },
  })
  await openTableViews(page)
  expect(await page.evaluate(overflowing)).toEqual([])
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  await close()
})

test('at 320 px End in the timeline focuses the last event, which is on screen', async () => {
  const { page, close } = await openApp(suite.browser, suite.server, {
    viewport: { width: 320, height: 800 },
  })
  const first = page.locator('.timeline-dot[tabindex="0"]')
  await first.focus()
  await page.keyboard.press('End')
  const last = page.locator('.timeline-dot').last()
  expect(await last.evaluate((el) => el === document.activeElement)).toBe(true)
  const box = await last.boundingBox()
  const frame = await page.locator('.timeline-panel').boundingBox()
  expect(box && frame && box.x >= frame.x && box.x + box.width <= frame.x + frame.width).toBe(true)
  await close()
})

test.each([320, 360, 480, 720, 1280])(
  'at %i px the timeline axis labels are distinct and none overlaps another (issue 17, item 5)',
  async (width) => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      viewport: { width, height: 800 },
    })
    const ticks = await page.locator('.timeline-tick text').evaluateAll((els) =>
      els.map((el) => {
        const box = (el as SVGTextElement).getBoundingClientRect()
        return { text: el.textContent ?? '', left: box.left, right: box.right }
      }),
    )
    expect(ticks.length).toBeGreaterThanOrEqual(width < 360 ? 1 : 2)
    expect(new Set(ticks.map((t) => t.text)).size).toBe(ticks.length)
    const sorted = [...ticks].sort((a, b) => a.left - b.left)
    for (const [i, tick] of sorted.entries()) {
      const next = sorted[i + 1]
      if (next)
        expect(
          `${tick.text} ends ${tick.right - next.left > 0 ? 'after' : 'before'} ${next.text} starts`,
        ).toBe(`${tick.text} ends before ${next.text} starts`)
    }
    const svg = await page.locator('svg.timeline').boundingBox()
    for (const tick of ticks) {
      expect(tick.left).toBeGreaterThanOrEqual(svg?.x ?? 0)
      expect(tick.right).toBeLessThanOrEqual((svg?.x ?? 0) + (svg?.width ?? 0))
    }
    await close()
  },
)
