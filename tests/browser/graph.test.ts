import { describe, expect, test } from 'vitest'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp, TESTLAND } from './support/openApp.ts'

const suite = chromiumSuite()

describe('the conflict graph and majority panel (testland fixture)', () => {
  test('selecting a party in the matrix highlights it in the graph, and the reverse', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    await page.getByRole('rowheader', { name: /Blue Party/ }).click()
    const blueNode = page.locator('[data-item="node:blue"]')
    // The graph follows the matrix a frame later.
    await expect.poll(() => blueNode.getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('[data-item="node:red"]').getAttribute('class')).toContain(
      'is-dimmed',
    )

    await page.locator('[data-item="node:red"]').focus()
    await page.keyboard.press('Enter')
    expect(
      await page.getByRole('rowheader', { name: /Red Party/ }).getAttribute('aria-selected'),
    ).toBe('true')
    expect(
      await page.getByRole('rowheader', { name: /Blue Party/ }).getAttribute('aria-selected'),
    ).toBe('false')
    expect(watch.errors).toEqual([])
    await close()
  })

  test('selecting a measure changes the majority panel to the numbers the dataset implies', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    const lower = page.locator('.seat-bar[data-chamber="lower"] .majority-sentence')
    await page.getByRole('columnheader', { name: 'Waiting time' }).click()
    // wait at end: red supports (4 of 10), blue opposes, green unknown. The panel follows the
    // matrix a frame later, so each reading waits for the change.
    await expect
      .poll(() => lower.textContent())
      .toContain('RED: 4 of 10 seats; a majority needs 6.')
    await page.getByRole('radio', { name: /Before/ }).check()
    // wait before: red supports, blue supports with conditions: 7 of 10, both pivotal
    await expect
      .poll(() => lower.textContent())
      .toContain('RED and BLU: 7 of 10 seats; a majority needs 6.')
    expect(await lower.textContent()).toContain('Pivotal: RED and BLU.')
    await page.locator('.majority-panel select').selectOption('vote')
    await expect
      .poll(() => page.locator('.majority-panel').textContent())
      .toContain('not yet on the table')
    await close()
  })

  test('selecting a measure reduces the graph to that measure', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    const pair = page.locator('[data-item="pair:red|blue"]')
    expect(await pair.getAttribute('aria-label')).toContain('over 4 measures')
    await page.getByRole('columnheader', { name: 'Emergency brake' }).click()
    // The graph follows the matrix a frame later.
    await expect.poll(() => pair.getAttribute('aria-label')).toMatch(/over 1 measure$/)
    expect(await page.locator('#graph-summary').textContent()).toContain(
      'Only on: Emergency brake.',
    )
    await close()
  })

  test('an edge card opens by keyboard and Escape closes it', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    await page.locator('[data-item="node:red"]').focus()
    await page.keyboard.press('ArrowRight') // blue
    await page.keyboard.press('ArrowRight') // the relation red → blue
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-item'))).toBe(
      'relation:red>blue',
    )
    await page.keyboard.press('Enter')
    const card = page.locator('.graph-panel .cell-card')
    await card.getByRole('button', { name: 'Close' }).waitFor()
    expect(await card.locator('h3').textContent()).toBe('RED → BLU')
    expect(await card.textContent()).toContain('“Take it or leave it.”')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Escape')
    expect(await card.getByRole('button', { name: 'Close' }).count()).toBe(0)

    await page.locator('[data-item="relation:red>blue"]').focus()
    await page.keyboard.press('ArrowRight') // the pair red–blue
    await page.keyboard.press('Enter')
    expect(await card.textContent()).toContain('Where they differ most')
    expect(await card.textContent()).toContain('Cap: RED + supports, BLU ✕ red line')
    await close()
  })

  test('the opposition toggle adds opposition parties to the graph, and the table lists every pair', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    expect(await page.locator('.graph-node').count()).toBe(2)
    await page.getByRole('checkbox', { name: 'Show opposition parties' }).check()
    expect(await page.locator('.graph-node').count()).toBe(3)
    await page.getByText('All pairs as a table').click()
    const rows = page.locator('.table-view tbody tr')
    expect(await rows.count()).toBe(3)
    expect(await rows.nth(0).textContent()).toContain('0.81')
    await close()
  })
})
