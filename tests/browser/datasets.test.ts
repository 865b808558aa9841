import { readdirSync, readFileSync } from 'node:fs'
import type { Download } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { parseDatasetText } from '../../src/data/parseDatasetText.ts'
import { localeOf } from '../../src/ui/format.ts'
import { messages } from '../../src/ui/strings.ts'
import { axeViolations } from './support/axe.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const names = readdirSync('data')
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .map((f) => f.replace(/\.json$/, ''))
const load = (name: string) => {
  const result = parseDatasetText(readFileSync(`data/${name}.json`, 'utf8'))
  if (!result.ok) throw new Error(`data/${name}.json is invalid`)
  return result.value
}

const suite = chromiumSuite({ basePath: '/datasets/' })

describe.each(names)('every view of data/%s.json', (name) => {
  const dataset = load(name)
  const query = `?data=${name}`

  test('header, matrix, graph, majority, timeline and sources all draw this dataset, with no error', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      query,
      reducedMotion: 'reduce',
    })
    expect(await page.locator('h1').textContent()).toBe(
      dataset.meta.title[dataset.meta.defaultLanguage],
    )
    const coalition = dataset.parties.filter((p) => p.side === 'coalition')
    const rows = await page.locator('[role=rowheader] text.matrix-row-label').allTextContents()
    expect(rows.slice(0, coalition.length).sort()).toEqual(coalition.map((p) => p.shortName).sort())
    expect(await page.locator('.graph-node').count()).toBe(coalition.length)
    expect(await page.locator('.majority-panel .seat-bar').count()).toBeGreaterThanOrEqual(
      dataset.chambers.length - 0,
    )
    expect(await page.locator('.timeline-dot').count()).toBe(dataset.events.length)
    // The axis speaks the page's language: every tick is a date as Intl writes it there.
    const ticks = await page.locator('.timeline-tick text').allTextContents()
    const dates = dataset.events.map((e) => e.date).sort()
    const written = await page.evaluate(
      ({ locale, from, to }) => {
        const options = [
          { month: 'short', year: 'numeric' },
          { day: 'numeric', month: 'short' },
        ] as const
        const formats = options.map(
          (o) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...o }),
        )
        const labels = new Set<string>()
        const day = 86_400_000
        for (let t = Date.parse(from) - 62 * day; t <= Date.parse(to) + 62 * day; t += day)
          for (const format of formats) labels.add(format.format(t))
        return [...labels]
      },
      {
        locale: localeOf(dataset.meta.defaultLanguage),
        from: dates[0] ?? '',
        to: dates.at(-1) ?? '',
      },
    )
    expect(ticks.length).toBeGreaterThan(0)
    expect(ticks.filter((tick) => !written.includes(tick))).toEqual([])
    const links = await page
      .locator('.sources a[href^="http"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links.sort()).toEqual(dataset.sources.map((s) => s.url).sort())
    for (const phase of dataset.phases)
      await page.locator(`.phase-control input[value="${phase.id}"]`).check()
    expect(await axeViolations(page)).toEqual([])
    expect(watch.errors).toEqual([])
    await close()
  })

  test('exports: CSV rows for every party × measure × phase, JSON equal to the file', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      query,
      acceptDownloads: true,
    })
    const save = async (button: RegExp) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ])
      return readFileSync((await (file as Download).path()) ?? '', 'utf8')
    }
    const csv = await save(/CSV/)
    const rows = csv
      .split('\n')
      .filter((line) => /^[a-z0-9-]+,/.test(line) && !line.startsWith('party,'))
    expect(rows.length).toBe(
      dataset.parties.length * dataset.measures.length * dataset.phases.length,
    )
    const again = parseDatasetText(await save(/JSON/))
    expect(again.ok && again.value.stances).toEqual(dataset.stances)
    await close()
  })
})

test('the dataset picker lists the bundled datasets, opens one and puts it in the URL and the embed code', async () => {
  const { page, close } = await openApp(suite.browser, suite.server)
  const picker = page.getByRole('combobox', { name: 'Dataset' })
  expect(await picker.locator('option').count()).toBe(names.length)
  const other = names.find((n) => n !== 'rutte4-asylum-2023')
  if (!other) return
  await picker.selectOption(other)
  await page.getByRole('button', { name: 'Openen' }).click()
  // The reader keeps Dutch where the other dataset has it; else it opens in its own default
  // language, with that language's interface (English where there is no catalogue).
  const { meta } = load(other)
  const shown = meta.languages.includes('nl') ? 'nl' : meta.defaultLanguage
  await page.locator('h1', { hasText: meta.title[shown] ?? '' }).waitFor()
  // The URL and the share panel follow a frame after the page shows the change.
  await expect.poll(() => page.evaluate(() => window.location.search)).toBe(`?data=${other}`)
  const iframeLabel = messages(shown).sections.shareIframe
  await expect.poll(() => page.getByLabel(iframeLabel).inputValue()).toContain(`data=${other}`)
  await close()
})
