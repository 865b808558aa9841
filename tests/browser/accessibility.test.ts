import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { axeViolations } from './support/axe.ts'
import { BUNDLED_DATASETS } from './support/bundledDatasets.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const suite = chromiumSuite()

/** Opens details and cards so axe sees the views a reader can reach, not only the first screen. */
async function revealViews(page: Page): Promise<void> {
  for (const summary of await page.locator('details:not(.cited-more) > summary').all())
    await summary.click()
  // One source's full "cited for" list stands for all of them: opening each costs seconds.
  const citedMore = page.locator('details.cited-more > summary')
  if ((await citedMore.count()) > 0) await citedMore.first().click()
  if ((await page.locator('[role=gridcell]').count()) > 0)
    await page.locator('[role=gridcell]').first().hover()
  await page.locator('.timeline-dot').first().click()
}

const CASES = [
  { name: 'full page, light, Dutch', query: '', colorScheme: 'light' as const },
  { name: 'full page, dark, English', query: '?lang=en', colorScheme: 'dark' as const },
  {
    name: 'table view, dark theme by URL',
    query: '?view=table&theme=dark',
    colorScheme: 'light' as const,
  },
  {
    name: 'embed, all sections, English',
    query: '?embed=1&show=matrix,graph,majority,timeline&lang=en',
    colorScheme: 'light' as const,
  },
  {
    name: 'embed page (prerendered), dark system theme',
    query: 'embed.html',
    colorScheme: 'dark' as const,
  },
  {
    name: 'embed, dark',
    query: '?embed=1&show=graph,majority&theme=dark',
    colorScheme: 'light' as const,
  },
]

// Every bundled dataset (the Ampel one too) in each of its languages: the first light, the
// next dark. The Hebrew page runs in rightToLeft.test.ts.
const DATASET_CASES = BUNDLED_DATASETS.flatMap(({ name, languages }) =>
  languages.map((language, i) => ({
    name: `${name}, ${language}, ${i % 2 ? 'dark' : 'light'}`,
    query: `?data=${name}&lang=${language}`,
    colorScheme: i % 2 ? ('dark' as const) : ('light' as const),
  })),
)

/** Opens a case's page, opens what a reader can open, and lists what axe finds. */
async function violations({ query, colorScheme }: (typeof CASES)[number]) {
  const { page, close } = await openApp(suite.browser, suite.server, {
    query,
    colorScheme,
    reducedMotion: 'reduce',
  })
  if (!query.includes('embed')) await revealViews(page)
  const found = await axeViolations(page)
  await close()
  return found
}

describe('axe-core finds no violations', () => {
  test.each(CASES)('$name', async (page) => {
    expect(await violations(page)).toEqual([])
  })

  // A whole dataset's page, every view open: up to half a minute on a busy 2-core machine.
  test.each(DATASET_CASES)(
    '$name',
    async (page) => {
      expect(await violations(page)).toEqual([])
    },
    60_000,
  )
})
