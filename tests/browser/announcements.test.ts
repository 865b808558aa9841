import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const suite = chromiumSuite()

/** Records, in the page, every text a live region takes on: what a screen reader would speak. */
async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const spoken: string[] = []
    ;(window as unknown as { spoken: string[] }).spoken = spoken
    const live = (node: Node | null) =>
      (node instanceof Element ? node : node?.parentElement)?.closest(
        '[aria-live]:not([aria-live="off"]), [role=status], [role=alert], [role=log]',
      )
    new MutationObserver((records) => {
      const regions = new Set(records.map((r) => live(r.target)).filter((r) => r != null))
      for (const region of regions) spoken.push(region.textContent?.trim() ?? '')
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  return () => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)
}

test('moving through the matrix by arrow key or by mouse announces a short line at most, not the whole card (WCAG 4.1.3)', async () => {
  const { page, close } = await openApp(suite.browser, suite.server, {
    viewport: { width: 1280, height: 900 },
  })
  const spoken = await recordAnnouncements(page)
  // The grid on screen (the page also holds the matrix turned, for narrow frames, hidden here).
  await page.getByRole('grid').locator('[role=gridcell][tabindex="0"]').focus()
  for (const key of [
    'ArrowRight',
    'ArrowRight',
    'ArrowDown',
    'ArrowLeft',
    'ArrowDown',
    'ArrowRight',
  ])
    await page.keyboard.press(key)
  for (const cell of (await page.locator('[role=gridcell]').all()).slice(10, 15)) await cell.hover()
  const texts = await spoken()
  expect(texts.filter((t) => t.length > 120)).toEqual([])
  // Opening a cell still shows the card, and focus lands in it.
  await page.locator('[role=gridcell]').nth(3).click()
  await page.locator('.cell-card h3').waitFor()
  await close()
})

test('moving through the conflict graph by arrow key or by mouse announces a short line at most (WCAG 4.1.3)', async () => {
  const { page, close } = await openApp(suite.browser, suite.server, {
    viewport: { width: 1280, height: 900 },
  })
  const spoken = await recordAnnouncements(page)
  await page.locator('.conflict-graph [tabindex="0"]').focus()
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight')
  for (const node of (await page.locator('.graph-node').all()).slice(0, 4)) await node.hover()
  expect((await spoken()).filter((t) => t.length > 120)).toEqual([])
  await close()
})
