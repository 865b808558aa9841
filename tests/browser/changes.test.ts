import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const suite = chromiumSuite()
const BRAKE = "emergency brake ('stop button') on reunification"

// What changed on Friday 7 July, worked out by hand from data/rutte4-asylum-2023.json:
// moves in party order (coalition by seats, then opposition), then the proposal and threat made.
const FRIDAY = [
  'First known position of VVD on reunification limited to the nuclear family: opposes',
  'D66 softened: from red line to opposes on limiting family reunification for war refugees',
  `First known position of D66 on ${BRAKE}: supports with conditions`,
  `First known position of CDA on ${BRAKE}: supports`,
  `CU hardened: from supports with conditions to red line on ${BRAKE}`,
  'First known position of JA21 on limiting family reunification for war refugees: supports',
  `Eric van der Burg made CU a proposal (${BRAKE})`,
  'Geert Wilders threatened Mark Rutte with a vote',
]

const items = (page: Page) => page.locator('.changes-list li').allTextContents()
const announced = (page: Page) => page.locator('[data-phase-announcer]').textContent()

/** Counts every change of the live region's text from now on. */
async function countAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-phase-announcer]')
    const seen: string[] = []
    ;(window as unknown as { announced: string[] }).announced = seen
    if (region)
      new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      })
  })
  return () => page.evaluate(() => (window as unknown as { announced: string[] }).announced)
}

describe('what changed at this moment (bundled dataset)', () => {
  test('Friday lists its moves, proposal and threat in editor-grade English, four first, then all', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { query: '?lang=en' })
    expect(await page.locator('#changes-title').textContent()).toBe(
      'What changed since Thursday 6 July',
    )
    expect(await items(page)).toEqual(FRIDAY.slice(0, 4))
    await page.getByRole('button', { name: 'Show all 8' }).click()
    expect(await items(page)).toEqual(FRIDAY)
    await close()
  })

  test('the list is in the prerendered page in Dutch, and nothing is announced when the page opens', async () => {
    const { page, close } = await openApp(suite.browser, suite.server)
    expect(await page.locator('#changes-title').textContent()).toBe(
      'Wat veranderde sinds Donderdag 6 juli',
    )
    expect((await items(page))[1]).toBe(
      'D66 stelde zich milder op: van rode lijn naar tegen over beperking van nareis voor oorlogsvluchtelingen',
    )
    expect(await announced(page)).toBe('')
    await close()
  })

  test('choosing a move opens its cell; choosing a relation selects its party', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { query: '?lang=en' })
    await page.getByRole('button', { name: FRIDAY[1] ?? '' }).click()
    expect(await page.locator('.cell-card h3').textContent()).toBe(
      'D66 · Limiting family reunification for war refugees',
    )
    expect(
      await page
        .getByRole('gridcell', { name: /^D66 on Limiting family reunification/ })
        .getAttribute('aria-expanded'),
    ).toBe('true')
    await page.getByRole('button', { name: 'Show all 8' }).click()
    await page.getByRole('button', { name: FRIDAY[6] ?? '' }).click()
    await page.waitForURL(/party=vvd/)
    expect(new URL(page.url()).searchParams.get('measure')).toBe('emergency-brake')
    expect(
      await page.locator('[role=rowheader][aria-selected=true]').getAttribute('aria-label'),
    ).toContain('(VVD)')
    await close()
  })

  test('each change of phase is announced once, naming the moment then its changes: button, arrow key, back', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { query: '?lang=en' })
    const log = await countAnnouncements(page)
    await page.getByRole('button', { name: 'Previous moment' }).click()
    await page.waitForFunction(() => document.querySelector('[data-phase-announcer]')?.textContent)
    // The address is written a frame after the change is shown: wait for it, so history holds
    // each moment before the test walks back through it.
    await page.waitForURL(/phase=thu/)
    const thursday = await announced(page)
    expect(thursday).toMatch(/^Thursday 6 July\. What changed: /)
    expect(thursday).toContain(
      'D66 hardened: from supports with conditions to opposes on two-status asylum system (A and B status)',
    )
    expect(await log()).toHaveLength(1)
    // Arrow keys on the day buttons: the stop for Thursday is checked and focused.
    await page.getByRole('radio', { name: /Thursday 6 July/ }).focus()
    await page.keyboard.press('ArrowLeft')
    await page.waitForFunction(() =>
      document.querySelector('[data-phase-announcer]')?.textContent?.startsWith('Wednesday'),
    )
    expect(await announced(page)).toContain('New on the table: Cap of 200 family members a month')
    await page.waitForURL(/phase=wed/)
    // Back in history (the URL) returns to Thursday and says so.
    await page.goBack()
    await page.waitForFunction(() =>
      document.querySelector('[data-phase-announcer]')?.textContent?.startsWith('Thursday'),
    )
    expect(await log()).toHaveLength(3)
    expect(await page.locator('#changes-title').textContent()).toBe(
      'What changed since Wednesday 5 July',
    )
    await close()
  })
})
