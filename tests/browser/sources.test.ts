import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp, TESTLAND } from './support/openApp.ts'

const suite = chromiumSuite()

// testland's sources: s1-s3 "Fictional report 1-3" (Example Gazette, 1-3 March 2030); s4 has no
// verified headline, only a description (Example Radio, March 2030). s1 is cited by 19 stances,
// the relation red-ultimatum, the measures cap and wait, and the seat figures of all parties.
const entry = (page: Page, url: string) =>
  page.locator('li.source-entry', { has: page.locator(`a[href="${url}"]`) })
const cited = (page: Page, url: string, key: string) =>
  entry(page, url).locator(`[data-cited="${key}"]`)
/** A link's own text, without the visually hidden "(opens in a new tab)". */
const linkText = (item: ReturnType<typeof entry>) =>
  item
    .locator('a')
    .first()
    .evaluate((a) => a.firstChild?.textContent)
const activeAttribute = (page: Page, name: string) =>
  page.evaluate((n) => document.activeElement?.getAttribute(n) ?? null, name)

describe('the sources section: what each source is cited for', () => {
  test('a stance it is cited for opens that cell at its phase and focuses it', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    const button = cited(page, 'https://example.org/report-1', 'stance:red|cap|before')
    expect(await button.textContent()).toBe('RED on Cap, Before')
    await button.click()
    expect(await page.getByRole('radio', { name: /Before/ }).isChecked()).toBe(true)
    // In the grid on screen (the matrix turned for narrow frames is in the page, hidden here).
    const open = page.getByRole('gridcell', { expanded: true })
    expect(await open.count()).toBe(1)
    expect(await open.getAttribute('aria-label')).toMatch(/^RED on Cap/)
    expect(await activeAttribute(page, 'aria-label')).toMatch(/^RED on Cap/)
    expect(await page.locator('.cell-card h3').textContent()).toBe('RED · Cap')
    expect(watch.errors).toEqual([])
    await close()
  })

  test('an event opens in the timeline, a measure is selected in the matrix', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    await cited(page, 'https://example.org/report-2', 'event:talks').click()
    expect(await page.locator('[data-event="talks"]').getAttribute('aria-pressed')).toBe('true')
    expect(await activeAttribute(page, 'data-event')).toBe('talks')
    expect(await page.locator('.event-detail h3').textContent()).toBe('Talks')

    await cited(page, 'https://example.org/report-2', 'measure:brake').click()
    const header = page.getByRole('columnheader', { name: 'Emergency brake' })
    expect(await header.getAttribute('aria-selected')).toBe('true')
    expect(await activeAttribute(page, 'aria-label')).toBe('Emergency brake')
    await close()
  })

  test('a relation and a seat figure, behind "more", open their cards in the graph', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    const url = 'https://example.org/report-1'
    const more = entry(page, url).locator('.cited-more summary')
    expect(await more.textContent()).toMatch(/^\d+ more$/)
    await more.click()
    await cited(page, url, 'relation:red-ultimatum').click()
    expect(await page.getByRole('radio', { name: /Before/ }).isChecked()).toBe(true)
    expect(await activeAttribute(page, 'data-item')).toBe('relation:red>blue')
    expect(await page.locator('#graph-card-title').textContent()).toBe('RED → BLU')

    // GRN is in opposition: the graph shows the opposition to show its seats.
    await cited(page, url, 'party:green').click()
    expect(await page.getByRole('checkbox', { name: 'Show opposition parties' }).isChecked()).toBe(
      true,
    )
    expect(await activeAttribute(page, 'data-item')).toBe('node:green')
    expect(await page.locator('#graph-card-title').textContent()).toBe('Green Party')
    expect(await page.locator('.graph-panel .cell-card').textContent()).toContain('Lower house: 3')
    await close()
  })

  test('a person it is cited for links to the people directory', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    const link = entry(page, 'https://example.org/report-2').getByRole('link', {
      name: 'Bob Example',
    })
    expect(await link.getAttribute('href')).toBe('#person-bob')
    await close()
  })
})

describe('the sources section: link texts and order', () => {
  test('a source without a verified headline shows its description, outlet and month', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    const item = entry(page, 'https://example.org/radio-4')
    expect(await linkText(item)).toBe('Fictional radio report of the fall')
    expect(await item.locator('.source-date').textContent()).toBe('(March 2030)')
    await page.getByRole('radio', { name: 'Nederlands' }).check()
    expect(await linkText(item)).toBe('Verzonnen radioverslag van de val')
    await close()
  })

  test('sorting by outlet groups the sources; by date lists them newest first, in the URL', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    const sources = page.locator('.sources')
    expect(await sources.locator('.sources-group h3').allTextContents()).toEqual([
      'Example Gazette',
      'Example Radio',
    ])
    await page.getByRole('radio', { name: 'By date, newest first' }).check()
    const hrefs = () =>
      sources
        .locator('.sources-by-date > li > a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    // A month-only date (s4, March 2030) comes after the days of its month.
    const newestFirst = [
      'https://example.org/report-3',
      'https://example.org/report-2',
      'https://example.org/report-1',
      'https://example.org/radio-4',
    ]
    expect(await hrefs()).toEqual(newestFirst)
    expect(await sources.locator('.sources-by-date .source-date').first().textContent()).toBe(
      '(Example Gazette, 3 March 2030)',
    )
    // The URL is written a frame after the change is shown.
    await expect.poll(() => new URL(page.url()).searchParams.get('sources')).toBe('date')
    await page.reload()
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' })
    expect(await hrefs()).toEqual(newestFirst)
    expect(await page.getByRole('radio', { name: 'By date, newest first' }).isChecked()).toBe(true)
    await close()
  })

  test('no link to a source, anywhere on the page, has a host name or URL as its text', async () => {
    for (const dataset of [undefined, TESTLAND]) {
      const { page, close } = await openApp(suite.browser, suite.server, dataset ? { dataset } : {})
      await page.locator('[role="gridcell"]').first().hover()
      const texts = await page.locator('a[href^="http"]').evaluateAll((as) =>
        as.map((a) =>
          [...a.childNodes]
            .filter((n) => !(n instanceof HTMLElement && n.classList.contains('visually-hidden')))
            .map((n) => n.textContent)
            .join('')
            .trim(),
        ),
      )
      expect(texts.length).toBeGreaterThan(3)
      for (const text of texts)
        expect(text).not.toMatch(/^(https?:\/\/)?(www\.)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i)
      await close()
    }
  })
})

describe('corrections', () => {
  test('the corrections show under the method, newest first, in both languages', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { dataset: TESTLAND })
    const items = page.locator('.corrections li')
    expect(await page.locator('#corrections-title').textContent()).toBe('Corrections')
    expect(await items.allTextContents()).toEqual([
      'Correction, 9 March 2030: The date of the report on the fall has been corrected.',
      'Correction, 5 March 2030: An earlier version named blue as the proposer of the brake; the source does not say so.',
    ])
    await page.getByRole('radio', { name: 'Nederlands' }).check()
    expect(await items.first().textContent()).toBe(
      'Correctie, 9 maart 2030: De datum van het bericht over de val is gecorrigeerd.',
    )
    await close()
  })
})
