import { readFileSync } from 'node:fs'
import type { Download, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { STANCE_GLYPHS } from '../../src/charts/stancePalette.ts'
import { parseDatasetText } from '../../src/data/parseDatasetText.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const suite = chromiumSuite()
const parsed = parseDatasetText(readFileSync('data/rutte4-asylum-2023.json', 'utf8'))
if (!parsed.ok) throw new Error('the bundled dataset is valid')
const dataset = parsed.value

const cell = (page: Page, name: string) => page.getByRole('gridcell', { name })
const D66_CAP = 'D66 on Cap of 200 family members a month'

/**
 * Coalition cells (party × measure on the table on Friday) for which no source ever gave a
 * position up to Friday, worked out from the raw stances rather than the app's model.
 */
function neverReportedOnFriday(): string[] {
  const known = new Set(
    dataset.stances.filter((s) => s.position !== 'unknown').map((s) => `${s.party}:${s.measure}`),
  )
  return dataset.parties
    .filter((p) => p.side === 'coalition')
    .flatMap((p) => dataset.measures.map((m) => `${p.id}:${m.id}`))
    .filter((key) => !known.has(key))
}

describe('last known stances carried forward (bundled dataset, Friday)', () => {
  test('every coalition cell with any report up to Friday shows a position; "?" only where none ever was', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { query: '?lang=en' })
    const never = neverReportedOnFriday()
    // One read of every cell: name → glyph.
    const glyphs = new Map(
      await page
        .locator('.stance-matrix [role=gridcell]')
        .evaluateAll((cells) =>
          cells.map((c) => [
            c.getAttribute('aria-label')?.split(':')[0] ?? '',
            c.querySelector('.cell-glyph')?.textContent ?? '',
          ]),
        ),
    )
    for (const party of dataset.parties.filter((p) => p.side === 'coalition'))
      for (const measure of dataset.measures) {
        const name = `${party.shortName} on ${measure.title.en}`
        const expected = never.includes(`${party.id}:${measure.id}`)
        expect({ name, unknown: glyphs.get(name) === '?' }).toEqual({ name, unknown: expected })
      }
    // The issue counted 26 "?" of 40 before; the data leaves only these few unknown.
    expect(never.length).toBeLessThan(10)
    await close()
  })

  test('a carried cell is drawn lighter with a corner mark, named as carried, and its card says when it was last reported', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      query: '?lang=en',
      reducedMotion: 'reduce',
    })
    const carried = cell(page, D66_CAP)
    expect(await carried.getAttribute('aria-label')).toBe(
      `${D66_CAP}: red line; reported by unnamed sources; last reported: Thursday 6 July`,
    )
    expect(await carried.getAttribute('class')).toContain('is-carried')
    expect(await carried.locator('.cell-carried').count()).toBe(1)
    const opacity = (name: string) =>
      cell(page, name)
        .locator('.cell-mark')
        .evaluate((el) => Number(getComputedStyle(el).fillOpacity))
    expect(await opacity(D66_CAP)).toBeLessThan(0.5)
    // A fresh report on Friday: full colour, no corner mark.
    const fresh = "CU on Emergency brake ('stop button') on reunification"
    expect(await opacity(fresh)).toBe(1)
    expect(await cell(page, fresh).locator('.cell-carried').count()).toBe(0)
    await carried.click()
    const card = page.locator('.cell-card')
    expect(await card.locator('.cell-card-carried').textContent()).toContain(
      'Last reported: Thursday 6 July',
    )
    expect(await card.textContent()).toContain(
      'A D66 source said on Thursday that the course Rutte had chosen could not be bridged.',
    )
    const thursdaySource = dataset.sourceById.get('telegraaf-202307-opnieuw-crisisoverleg')
    expect(await card.locator('a').first().getAttribute('href')).toBe(thursdaySource?.url)
    // The legend explains the mark.
    expect(await page.locator('.legend').textContent()).toContain(
      'last known, from an earlier moment',
    )
    await close()
  })

  test('"only what was reported" shows Friday\'s own reporting and is written into the URL', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { query: '?lang=en' })
    const only = page.getByRole('checkbox', { name: 'Show only what was reported at this moment' })
    await only.check()
    await page.waitForURL(/stances=reported/)
    expect(await cell(page, D66_CAP).locator('.cell-glyph').textContent()).toBe('?')
    expect(await page.locator('.stance-matrix .cell.is-carried').count()).toBe(0)
    await page.goBack()
    await page.waitForURL((url) => !url.search.includes('stances'))
    expect(await only.isChecked()).toBe(false)
    expect(await cell(page, D66_CAP).locator('.cell-glyph').textContent()).toBe(
      STANCE_GLYPHS['red-line'],
    )
    await close()
  })

  test("a link with ?stances=reported opens with the switch on and Friday's own reporting", async () => {
    const linked = await openApp(suite.browser, suite.server, {
      query: '?lang=en&stances=reported',
    })
    expect(
      await linked.page
        .getByRole('checkbox', { name: 'Show only what was reported at this moment' })
        .isChecked(),
    ).toBe(true)
    expect(await cell(linked.page, D66_CAP).getAttribute('aria-label')).toBe(`${D66_CAP}: unknown`)
    await linked.close()
  })

  test('the SVG export draws carried cells as on screen: lighter, with their corner marks', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { acceptDownloads: true })
    const onScreen = await page.locator('.stance-matrix .cell.is-carried').count()
    expect(onScreen).toBeGreaterThan(10)
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Matrix als SVG' }).click(),
    ])
    const text = readFileSync((await (file as Download).path()) ?? '', 'utf8')
    const exported = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
      return {
        light: doc.querySelectorAll('rect[fill-opacity="0.25"]').length,
        corners: [...doc.querySelectorAll('path')].filter((p) =>
          /^M[\d.]+ [\d.]+L/.test(p.getAttribute('d') ?? ''),
        ).length,
      }
    }, text)
    expect(exported.light).toBe(onScreen)
    expect(exported.corners).toBeGreaterThanOrEqual(onScreen)
    await close()
  })
})
