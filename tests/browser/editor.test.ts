import { readFileSync } from 'node:fs'
import type { Browser, BrowserContextOptions, Download, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { validateFile } from '../../src/cli/validateFile.ts'
import type { RawDataset } from '../../src/data/schema.ts'
import { datasetToSheets } from '../../src/sheets/datasetToSheets.ts'
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
const VVD_CELL = 'vvd on emergency-brake: supports'

const suite = chromiumSuite({ basePath: '/desk/' })
// Each test opens the larger bundled dataset, validates it and draws three charts: on a loaded
// 2-core machine that alone can take 15 s.
const SLOW = 90_000
// axe walks the whole page, the reader's three charts included, once per form: ten runs.
const AXE_SLOW = 180_000

/** Opens editor.html in a fresh context (fresh storage). */
async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  const watch = watchPage(page, suite.server.origin)
  const requested: string[] = []
  page.on('request', (request) => void requested.push(request.url()))
  await page.goto(`${suite.server.url}editor.html`)
  const close = async () => {
    await context.close()
    expect(watch.errors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  }
  return { page, close, requested }
}

/** Opens editor.html and, in it, the bundled Rutte IV dataset. */
async function openEditor(browser: Browser, options: BrowserContextOptions = {}) {
  const opened = await openPage(browser, options)
  await opened.page.getByLabel('A bundled dataset').selectOption('rutte4-asylum-2023')
  await opened.page.getByRole('button', { name: 'Open', exact: true }).click()
  await opened.page.getByRole('button', { name: VVD_CELL }).waitFor()
  await valid(opened.page)
  return opened
}

/** Waits for the validator's verdict that the dataset as edited has no problem. */
function valid(page: Page) {
  return page.getByRole('heading', { name: 'No problems: the dataset is valid' }).waitFor()
}

/**
 * The preview matrix's name for the VVD's cell on the brake (it names the position in Dutch), in
 * the form the preview's width shows (the page holds a slanted and a turned matrix).
 */
function previewCell(page: Page) {
  return page
    .locator(`.ed-preview [aria-label^="VVD over ${brakeTitle}:"]`)
    .filter({ visible: true })
    .first()
}

/** Saves the JSON as the desk would, and returns the file's text and where it was written. */
async function saveJson(page: Page) {
  await page.getByRole('button', { name: 'save', exact: true }).click()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save JSON' }).click(),
  ])
  const path = (await (file as Download).path()) ?? ''
  return { path, text: readFileSync(path, 'utf8'), name: (file as Download).suggestedFilename() }
}

describe('editor.html', () => {
  test(
    'a stance changed on the grid changes the preview, undo and redo step it, and the saved JSON passes npm run validate and differs only there',
    async () => {
      const { page, close, requested } = await openEditor(suite.browser)
      const before = await previewCell(page).getAttribute('aria-label')
      expect(before).toMatch(/steunt/i)
      // The validator runs in its worker, off the page's thread.
      expect(
        requested.filter((url) => /\/assets\/validate\.worker-[\w-]+\.js$/.test(url)),
      ).toHaveLength(1)

      await page.getByRole('button', { name: VVD_CELL }).click()
      await page.getByLabel('Position').selectOption('red-line')
      await page.getByRole('button', { name: 'vvd on emergency-brake: red-line' }).waitFor()
      await expect.poll(() => previewCell(page).getAttribute('aria-label')).toMatch(/rode lijn/i)

      await page.getByRole('button', { name: 'Undo', exact: true }).click()
      await page.getByRole('button', { name: VVD_CELL }).waitFor()
      await expect.poll(() => previewCell(page).getAttribute('aria-label')).toBe(before)
      await page.getByRole('button', { name: 'Redo', exact: true }).click()
      await expect.poll(() => previewCell(page).getAttribute('aria-label')).toMatch(/rode lijn/i)
      // The keys do the same, wherever focus is.
      await page.keyboard.press('Control+Z')
      await page.getByRole('button', { name: VVD_CELL }).waitFor()
      await page.keyboard.press('Control+Shift+Z')
      await page.getByRole('button', { name: 'vvd on emergency-brake: red-line' }).waitFor()
      await valid(page)

      const saved = await saveJson(page)
      expect(await page.locator('#change-summary').textContent()).toBe('1 stance changed')
      expect(saved.name).toBe('rutte4-asylum-2023.json')
      // The CLI's own check, on the file as written.
      expect(validateFile(saved.path)).toMatchObject({
        code: 0,
        lines: [expect.stringMatching(/^OK /)],
      })
      // In the house layout and the schema's key order: one line differs from the file opened.
      const lines = readFileSync(FILE, 'utf8').split('\n')
      expect(saved.text.split('\n').length).toBe(lines.length)
      expect(saved.text.split('\n').filter((line, i) => line !== lines[i])).toEqual([
        '      "position": "red-line",',
      ])
      await close()
    },
    SLOW,
  )

  test(
    'a broken file opened from disk lists its problems with their paths, and each leads to its field',
    async () => {
      const { page, close } = await openPage(suite.browser)
      const broken = structuredClone(original)
      const target = broken.stances[INDEX]
      if (target) target.summary.en = ''
      const party = broken.parties[3]
      if (party) party.colour = 'blue'
      await page.locator('#open-file').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(broken)),
      })
      await page.getByText('Editing broken.json').waitFor()
      const summaryProblem = page.getByRole('button', { name: `stances[${INDEX}].summary.en` })
      const colourProblem = page.getByRole('button', { name: 'parties[3].colour' })
      await summaryProblem.waitFor()
      await colourProblem.waitFor()
      expect(await page.getByRole('heading', { level: 2, name: /problems?$/ }).textContent()).toBe(
        '2 problems',
      )
      await page.getByText('The preview appears once the dataset is valid.').waitFor()
      expect(await axeViolations(page)).toEqual([])

      await colourProblem.click()
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('field-parties-3-colour-both')
      expect(await page.getByLabel('Edit party').inputValue()).toBe('3')
      await page.keyboard.press('Control+A')
      await page.keyboard.type(String(original.parties[3]?.colour))
      await summaryProblem.click()
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe(`field-stances-${INDEX}-summary-en`)
      await page.keyboard.type('The stop button.')
      await valid(page)
      await previewCell(page).waitFor()
      await close()
    },
    SLOW,
  )

  test(
    'a spreadsheet folder opens as its dataset, and a new dataset has a box per language it declares',
    async () => {
      const { page, close } = await openPage(suite.browser)
      const sheets = Object.entries(datasetToSheets(original)).map(([name, text]) => ({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(text),
      }))
      await page.locator('#open-file').setInputFiles(sheets)
      await page.getByText('Editing rutte4-asylum-2023.json').waitFor()
      await valid(page)
      await previewCell(page).waitFor()
      page.once('dialog', (dialog) => void dialog.accept())
      await page.getByRole('button', { name: 'Discard work in progress' }).click()

      await page.getByLabel('Its languages').fill('de, fr-CH')
      await page.getByRole('button', { name: 'Start from the template' }).click()
      await page.getByRole('button', { name: 'meta', exact: true }).click()
      const title = page.getByRole('group', { name: 'Title' })
      expect(
        await title
          .getByRole('textbox')
          .evaluateAll((boxes) => boxes.map((b) => b.getAttribute('lang'))),
      ).toEqual(['de', 'fr-CH'])
      // Only the template's source is left for the desk: its address, and a headline or description.
      const problems = await page.locator('.ed-problem code').allTextContents()
      expect(problems.length).toBeGreaterThan(0)
      expect(problems.every((path) => path.startsWith('sources[0]'))).toBe(true)
      await close()
    },
    SLOW,
  )

  test(
    'renaming a party id renames every reference to it; deleting a referenced record asks first',
    async () => {
      const { page, close } = await openEditor(suite.browser)
      await page.getByRole('button', { name: 'parties', exact: true }).click()
      expect(await page.getByLabel('Edit party').inputValue()).toBe('0')

      let question = ''
      page.once('dialog', (dialog) => {
        question = dialog.message()
        void dialog.dismiss()
      })
      await page.getByRole('button', { name: 'Delete party' }).click()
      expect(question).toMatch(/^\d+ references to party "vvd" would be left pointing at nothing/)
      expect(question).toMatch(/people\.\d+\.party/)
      expect(question).toMatch(/and \d+ more/)
      expect(await page.locator('#field-parties-0-id').inputValue()).toBe('vvd')

      await page.locator('#field-parties-0-id').fill('volkspartij')
      await page.locator('#field-parties-0-id').press('Enter')
      await valid(page)
      await page.getByRole('button', { name: 'stances', exact: true }).click()
      await page.getByRole('button', { name: 'volkspartij on emergency-brake: supports' }).waitFor()
      expect(await page.getByRole('button', { name: /^vvd on / }).count()).toBe(0)
      await page.getByRole('button', { name: 'people', exact: true }).click()
      await page.getByLabel('Edit person').selectOption({ label: 'rutte' })
      expect(await page.getByLabel('Party', { exact: true }).inputValue()).toBe('volkspartij')
      await page.getByRole('button', { name: 'save', exact: true }).click()
      const summary = await page.locator('#change-summary').textContent()
      expect(summary).toBe(
        '1 party renamed, 5 people changed, 7 measures changed, 28 stances changed, 26 events changed, 7 relations changed',
      )
      // The reader's graphic shows the party as before: ids never reach a reader.
      await expect.poll(() => previewCell(page).getAttribute('aria-label')).toMatch(/steunt/i)
      await close()
    },
    SLOW,
  )

  test(
    'an id or the language list is applied on Enter or on leaving the box, and Escape keeps it as it was',
    async () => {
      const { page, close } = await openEditor(suite.browser)
      await page.getByRole('button', { name: 'parties', exact: true }).click()
      const id = page.locator('#field-parties-0-id')
      await id.fill('volkspartij')
      await id.press('Escape')
      expect(await id.inputValue()).toBe('vvd')
      await id.fill('volkspartij')
      // Leaving the box renames, as Enter does.
      await id.press('Tab')
      await valid(page)
      await page.getByRole('button', { name: 'stances', exact: true }).click()
      await page.getByRole('button', { name: 'volkspartij on emergency-brake: supports' }).waitFor()

      await page.getByRole('button', { name: 'meta', exact: true }).click()
      const languages = page.getByLabel('Languages', { exact: true })
      expect(await languages.inputValue()).toBe('nl, en')
      await languages.fill('nl')
      await languages.press('Escape')
      expect(await languages.inputValue()).toBe('nl, en')
      await languages.fill('nl, en, de')
      await languages.press('Enter')
      const title = page.getByRole('group', { name: 'Title' })
      expect(
        await title
          .getByRole('textbox')
          .evaluateAll((boxes) => boxes.map((b) => b.getAttribute('lang'))),
      ).toEqual(['nl', 'en', 'de'])
      await page.getByRole('button', { name: 'save', exact: true }).click()
      expect(await page.locator('#change-summary').textContent()).toMatch(
        /^meta: languages changed, 1 party renamed, /,
      )
      await close()
    },
    SLOW,
  )

  test(
    'a source added by its address is cited at once, and is valid once its headline and date are written',
    async () => {
      const { page, close } = await openEditor(suite.browser)
      await page.getByRole('button', { name: VVD_CELL }).click()
      const address = 'https://nos.nl/artikel/2482210-kabinet-rutte-gevallen'
      await page.getByLabel('Cite a new source, by its address').fill(address)
      await page.getByRole('button', { name: 'Add source and cite it' }).click()
      const id = 'nos-kabinet-rutte-gevallen'
      await page.getByRole('button', { name: `Remove ${id} from sources` }).waitFor()
      const count = original.sources.length
      // The suggestion knows NOS from the dataset's other NOS sources; the date is the desk's.
      await page.getByRole('button', { name: `sources[${count}].date` }).waitFor()

      await page.getByRole('button', { name: `Edit source ${id}` }).click()
      expect(await page.locator(`#field-sources-${count}-outlet`).inputValue()).toBe('NOS')
      expect(await page.locator(`#field-sources-${count}-language`).inputValue()).toBe('nl')
      expect(await page.locator(`#field-sources-${count}-url`).inputValue()).toBe(address)
      await page.locator(`#field-sources-${count}-title`).fill('Kabinet-Rutte IV gevallen')
      await page.locator(`#field-sources-${count}-date`).fill('2023-07-07')
      await valid(page)
      await page.getByRole('button', { name: 'save', exact: true }).click()
      expect(await page.locator('#change-summary').textContent()).toBe(
        '1 stance changed, 1 source added',
      )
      await close()
    },
    SLOW,
  )

  test(
    'the work is kept across a reload until it is discarded',
    async () => {
      const { page, close } = await openEditor(suite.browser)
      await page.getByRole('button', { name: VVD_CELL }).click()
      await page.getByLabel('Position').selectOption('opposes')
      // Storage is written shortly after the last edit.
      const kept = () =>
        page.evaluate(
          (i) =>
            JSON.parse(localStorage.getItem('coalition-stance:editor') ?? '{}').present?.stances[i]
              .position,
          INDEX,
        )
      await expect.poll(kept).toBe('opposes')
      await page.reload()
      await page.getByText(/Restored the work kept in this browser/).waitFor()
      await page.getByRole('button', { name: 'vvd on emergency-brake: opposes' }).waitFor()
      page.once('dialog', (dialog) => void dialog.accept())
      await page.getByRole('button', { name: 'Discard work in progress' }).click()
      await page.getByRole('heading', { name: 'Open a dataset' }).waitFor()
      expect(await page.evaluate(() => localStorage.length)).toBe(0)
      await page.reload()
      await page.getByRole('heading', { name: 'Open a dataset' }).waitFor()
      await close()
    },
    SLOW,
  )

  test(
    'the keyboard alone opens a dataset, moves on the grid and changes a stance',
    async () => {
      const { page, close } = await openPage(suite.browser)
      const focused = () => page.evaluate(() => document.activeElement?.id ?? '')
      /** Tabs until focus reaches an element whose id passes `test` (at most 60 stops). */
      const tabTo = async (test: (id: string) => boolean) => {
        for (let i = 0; i < 60 && !test(await focused()); i++) await page.keyboard.press('Tab')
        expect(test(await focused())).toBe(true)
      }
      await tabTo((id) => id === 'open-bundled')
      const bundled = page.locator('#open-bundled')
      for (let i = 0; i < 10 && (await bundled.inputValue()) !== 'rutte4-asylum-2023'; i++)
        await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await page.getByRole('button', { name: VVD_CELL }).waitFor()
      await tabTo((id) => id.startsWith('ed-cell-'))
      expect(await focused()).toBe('ed-cell-0-0')
      const column = original.measures.findIndex((m) => m.id === 'emergency-brake')
      for (let i = 0; i < column; i++) await page.keyboard.press('ArrowRight')
      expect(await focused()).toBe(`ed-cell-0-${column}`)
      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
      expect(await focused()).toBe(`field-stances-${INDEX}-position`)
      await page.keyboard.press('ArrowDown')
      await page.getByRole('button', { name: 'vvd on emergency-brake: conditional' }).waitFor()
      await close()
    },
    SLOW,
  )

  test.each(['light', 'dark'] as const)(
    'axe finds no violation in the editor (%s)',
    async (scheme) => {
      const { page, close } = await openPage(suite.browser, { colorScheme: scheme })
      expect(await axeViolations(page)).toEqual([])
      await page.getByLabel('A bundled dataset').selectOption('rutte4-asylum-2023')
      await page.getByRole('button', { name: 'Open', exact: true }).click()
      await page.getByRole('button', { name: VVD_CELL }).click()
      await valid(page)
      expect(await axeViolations(page)).toEqual([])
      for (const section of [
        'meta',
        'chambers',
        'parties',
        'people',
        'measures',
        'events',
        'relations',
        'sources',
        'save',
      ]) {
        await page.getByRole('button', { name: section, exact: true }).click()
        expect({ section, violations: await axeViolations(page) }).toEqual({
          section,
          violations: [],
        })
      }
      await close()
    },
    AXE_SLOW,
  )

  test('the reader page loads none of the editor’s code', async () => {
    const context = await suite.browser.newContext()
    const page = await context.newPage()
    const requested: string[] = []
    page.on('request', (request) => void requested.push(request.url()))
    await page.goto(suite.server.url)
    await page.locator('[role=gridcell]').first().waitFor()
    await page.waitForLoadState('networkidle')
    expect(requested.filter((url) => /editor|worker/i.test(url))).toEqual([])
    expect(await page.evaluate(() => [localStorage.length, document.cookie])).toEqual([0, ''])
    await context.close()
  })
})
