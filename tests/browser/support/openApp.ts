import { readFileSync } from 'node:fs'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { type PageWatch, watchPage } from './pageWatch.ts'
import type { StaticServer } from './staticServer.ts'

/** The hand-countable fixture, served in place of the bundled dataset (see tests/support/testland.ts). */
export const TESTLAND = readFileSync('tests/fixtures/valid/testland.json', 'utf8')

type Options = BrowserContextOptions & { dataset?: string; query?: string }

/** Opens the built app in a fresh context, optionally with another dataset, and waits for the graphic. */
export async function openApp(
  browser: Browser,
  server: StaticServer,
  { dataset, query = '', ...contextOptions }: Options = {},
): Promise<{ page: Page; watch: PageWatch; close: () => Promise<void> }> {
  const context = await browser.newContext(contextOptions)
  const page = await context.newPage()
  // Fail on the missing element, with its locator, well before the test's own timeout.
  page.setDefaultTimeout(8000)
  const watch = watchPage(page, server.origin)
  if (dataset !== undefined)
    await page.route('**/data/*.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: dataset }),
    )
  await page.goto(`${server.url}${query}`)
  // The prerendered HTML shows at once; wait until the app has taken it over. How long that takes
  // is the benchmark's to measure (npm run bench): on a loaded two-core machine a 6 000-cell
  // dataset took 9.5 s, so this wait is generous (20 s) where the element waits stay short.
  await page.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: 20_000 })
  const close = async () => {
    await context.close()
    // Every browser test runs under the hosts' CSP: a violation anywhere fails the test.
    const violations = watch.errors.filter((e) => /Content Security Policy|Refused to/i.test(e))
    if (violations.length > 0) throw new Error(`CSP violations:\n${violations.join('\n')}`)
  }
  return { page, watch, close }
}
