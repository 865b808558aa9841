import { expect, test } from 'vitest'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const suite = chromiumSuite()

test("a cell's card shows each quote's own source, also when the stance does not cite it", async () => {
  // Rutte IV, Friday: D66 on the emergency brake is sourced to one report; its quote to De Telegraaf.
  const { page, close } = await openApp(suite.browser, suite.server, {
    query: '?phase=fri&lang=en',
  })
  await page
    .getByRole('gridcell', { name: /^D66 on Emergency brake/ })
    .first()
    .click()
  const card = page.locator('.cell-card')
  await card.locator('h3').waitFor()
  const quote = card.locator('.cell-card-quotes li').first()
  expect(await quote.locator('.quote-source a').textContent()).toContain('De Telegraaf')
  expect(await quote.locator('.quote-source a').getAttribute('href')).toMatch(
    /^https:\/\/www\.telegraaf\.nl\/nieuws\/954860155\//,
  )
  expect((await card.locator('.source-list .source-date').allTextContents()).join(' ')).toContain(
    'De Telegraaf',
  )
  await close()
})
