import { readFileSync } from 'node:fs'
import type { Browser, BrowserContextOptions, Download, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { RawDataset } from '../../src/data/schema.ts'
import { validateDataset } from '../../src/data/validateDataset.ts'
import { formatDataset } from '../../src/editor/formatDataset.ts'
import { axeViolations } from './support/axe.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { watchPage } from './support/pageWatch.ts'

const FILE = 'data/rutte4-asylum-2023.json'
const original = JSON.parse(readFileSync(FILE, 'utf8')) as RawDataset
// stances[92]: the VVD on the emergency brake on Friday, `supports` (on the record).
const INDEX = 92
const stance = original.stances[INDEX]
if (
  stance?.party !== 'vvd' ||
  stance.measure !== 'emergency-brake' ||
  stance.position !== 'supports'
)
  throw new Error(`${FILE}: stances[${INDEX}] is no longer the VVD's Friday stance on the brake`)
const brakeTitle = original.measures.find((m) => m.id === 'emergency-brake')?.title.nl ?? ''

const suite = chromiumSuite({ basePath: '/desk/' })
// Each test opens the larger bundled dataset, validates it and draws three charts: on a loaded
// 2-core machine that alone can take 15 s.
const SLOW = 90_000

/** Opens editor.html in a fresh context (fresh storage) and opens the bundled dataset. */
async function openEditor(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  const watch = watchPage(page, suite.server.origin)
  await page.goto(`${suite.server.url}editor.html`)
  await page.getByLabel('A bundled dataset').selectOption('rutte4-asylum-2023')
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  await page.getByRole('button', { name: 'vvd on emergency-brake: supports' }).waitFor()
  const close = async () => {
    await context.close()
    expect(watch.errors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  }
  return { page, close }
}

/** The preview matrix's name for the VVD's cell on the brake (it names the position in Dutch). */
function previewCell(page: Page) {
  return page.locator(`.ed-preview [aria-label^="VVD over ${brakeTitle}:"]`).first()
}

describe('editor.html', () => {
  test(
    'a stance changed on the grid changes the preview, and saves as JSON that differs only there',
    async () => {
      const { page, close } = await openEditor(suite.browser)
      const before = await previewCell(page).getAttribute('aria-label')
      expect(before).toMatch(/steunt/i)

      await page.getByRole('button', { name: 'vvd on emergency-brake: supports' }).click()
      await page.getByLabel('Position').selectOption('red-line')
      await page.getByRole('button', { name: 'vvd on emergency-brake: red-line' }).waitFor()
      await expect.poll(() => previewCell(page).getAttribute('aria-label')).not.toBe(before)
      expect(await previewCell(page).getAttribute('aria-label')).toMatch(/rode lijn/i)

      await page.getByRole('button', { name: 'save', exact: true }).click()
      expect(await page.locator('#change-summary').textContent()).toBe('1 stance changed')
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Save JSON' }).click(),
      ])
      const text = readFileSync((await (file as Download).path()) ?? '', 'utf8')
      expect((file as Download).suggestedFilename()).toBe('rutte4-asylum-2023.json')
      const saved = JSON.parse(text) as RawDataset
      expect(validateDataset(saved).ok).toBe(true)
      const expected = structuredClone(original)
      if (expected.stances[INDEX]) expected.stances[INDEX].position = 'red-line'
      expect(saved).toEqual(expected)
      // In the house layout and the schema's key order: one line differs from the original's.
      const lines = formatDataset(original).split('\n')
      const changed = text.split('\n').filter((line, i) => line !== lines[i])
      expect(changed).toEqual(['      "position": "red-line",'])
      await close()
    },
    SLOW,
  )

  test(
    'an emptied text is listed as a problem that moves focus to its box; the preview keeps the last valid version',
    async () => {
      const { page, close } = await openEditor(suite.browser)
      await page.getByRole('button', { name: 'vvd on emergency-brake: supports' }).click()
      await page.locator(`#field-stances-${INDEX}-summary-en`).fill('')
      const problem = page.getByRole('button', { name: `stances[${INDEX}].summary.en` })
      await problem.waitFor()
      await expect
        .poll(() => page.getByRole('status').allTextContents())
        .toContainEqual(expect.stringMatching(/last valid version/))
      // Elsewhere in the editor, the problem still leads back to the very box.
      await page.getByRole('button', { name: 'parties', exact: true }).click()
      await problem.click()
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe(`field-stances-${INDEX}-summary-en`)
      await page.getByRole('button', { name: 'Undo', exact: true }).click()
      await page.getByRole('heading', { name: 'No problems: the dataset is valid' }).waitFor()
      await close()
    },
    SLOW,
  )

  test(
    'the work is kept across a reload until it is discarded',
    async () => {
      const { page, close } = await openEditor(suite.browser)
      await page.getByRole('button', { name: 'vvd on emergency-brake: supports' }).click()
      await page.getByLabel('Position').selectOption('opposes')
      // Storage is written shortly after the last edit.
      await page.waitForTimeout(800)
      await page.reload()
      await page.getByText(/Restored the work kept in this browser/).waitFor()
      await page.getByRole('button', { name: 'vvd on emergency-brake: opposes' }).waitFor()
      page.once('dialog', (dialog) => void dialog.accept())
      await page.getByRole('button', { name: 'Discard work in progress' }).click()
      await page.getByRole('heading', { name: 'Open a dataset' }).waitFor()
      await page.reload()
      await page.getByRole('heading', { name: 'Open a dataset' }).waitFor()
      await close()
    },
    SLOW,
  )

  test.each(['light', 'dark'] as const)(
    'axe finds no violation in the editor (%s)',
    async (scheme) => {
      const { page, close } = await openEditor(suite.browser, { colorScheme: scheme })
      await page.getByRole('button', { name: 'vvd on emergency-brake: supports' }).click()
      expect(await axeViolations(page)).toEqual([])
      await page.getByRole('button', { name: 'parties', exact: true }).click()
      expect(await axeViolations(page)).toEqual([])
      await close()
    },
    SLOW,
  )
})
