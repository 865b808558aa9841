import { readFileSync } from 'node:fs'
import type { Download, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { indexDataset } from '../../src/data/indexDataset.ts'
import { parseDatasetText } from '../../src/data/parseDatasetText.ts'
import { shareCardSvg } from '../../src/export/shareCardSvg.ts'
import { loadTestland } from '../support/testland.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const parsed = parseDatasetText(readFileSync('data/rutte4-asylum-2023.json', 'utf8'))
if (!parsed.ok) throw new Error('bundled dataset is invalid')
const dataset = parsed.value

const suite = chromiumSuite({ basePath: '/share/' })

async function downloaded(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  return {
    name: (file as Download).suggestedFilename(),
    body: readFileSync((await (file as Download).path()) ?? ''),
  }
}

describe('share, embed code and exports', () => {
  test('the embed code follows the current view and copies to the clipboard', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    await page.getByRole('radio', { name: /Donderdag/ }).check()
    const iframe = page.getByLabel('Insluitcode (iframe)')
    // The share panel follows the view a frame after the click's own frame, so wait for it.
    await expect
      .poll(() => iframe.inputValue())
      .toMatch(
        /^<iframe title="Hoe het asieloverleg het kabinet-Rutte IV deed vallen" src="http:\/\/127\.0\.0\.1:\d+\/share\/embed\.html\?phase=thu" width="100%" height="\d+" loading="lazy"/,
      )
    const code = await iframe.inputValue()
    await expect
      .poll(() => page.getByLabel('Link naar deze weergave').inputValue())
      .toBe(`${suite.server.url}?phase=thu`)
    expect(await page.getByLabel(/pym\.js/).inputValue()).toContain(
      `${suite.server.url}pym.v1.min.js`,
    )
    await page
      .locator('.snippet', { has: iframe })
      .getByRole('button', { name: 'Kopiëren' })
      .click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code)
    expect(await page.locator('.snippet', { has: iframe }).getByRole('status').textContent()).toBe(
      'Gekopieerd.',
    )
    await close()
  })

  test('the pym.js script the snippet points at is served next to the app', async () => {
    const response = await fetch(`${suite.server.url}pym.v1.min.js`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('pym')
  })

  test('SVG export parses and carries the title, source line and credits', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { acceptDownloads: true })
    const { name, body } = await downloaded(page, 'Matrix als SVG')
    expect(name).toBe('rutte4-asylum-2023-matrix-fri.svg')
    const checked = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      return {
        error: doc.querySelector('parsererror') !== null,
        text: doc.documentElement.textContent ?? '',
        cells: doc.querySelectorAll('rect').length,
      }
    }, body.toString('utf8'))
    expect(checked.error).toBe(false)
    expect(checked.text).toContain(dataset.meta.title.nl)
    expect(checked.text).toContain(dataset.meta.credits.nl)
    // At least one mark per shown cell (coalition and opposition rows with known stances).
    expect(checked.cells).toBeGreaterThan(4 * dataset.measures.length)
    await close()
  })

  test('PNG export is a real PNG image', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { acceptDownloads: true })
    const { name, body } = await downloaded(page, 'Conflictgraaf als PNG')
    expect(name).toMatch(/\.png$/)
    expect(body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    expect(body.length).toBeGreaterThan(2000)
    await close()
  })

  test('the graph PNG draws the relation arrowheads, which say who made an ultimatum to whom', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { acceptDownloads: true })
    expect(await page.locator('svg.conflict-graph [marker-end]').count()).toBeGreaterThan(0)
    const first = await downloaded(page, 'Conflictgraaf als PNG')
    const again = await downloaded(page, 'Conflictgraaf als PNG')
    // The export is deterministic, so a difference below comes from the arrowheads alone.
    expect(again.body.equals(first.body)).toBe(true)
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('svg.conflict-graph [marker-end]'))
        el.removeAttribute('marker-end')
    })
    const withoutArrows = await downloaded(page, 'Conflictgraaf als PNG')
    expect(withoutArrows.body.equals(first.body)).toBe(false)
    await close()
  })

  test('CSV export has a header and one row per party × measure × phase', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { acceptDownloads: true })
    const { body } = await downloaded(page, 'Standpunten als CSV')
    expect(body.toString('utf8').split('\n')[0]).toMatch(/^party,/)
    const rows = body
      .toString('utf8')
      .split('\n')
      .filter((line) => /^[a-z0-9-]+,/.test(line) && !line.startsWith('party,'))
    expect(rows.length).toBe(
      dataset.parties.length * dataset.measures.length * dataset.phases.length,
    )
    await close()
  })

  test('JSON export validates and equals the loaded dataset', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { acceptDownloads: true })
    const { body } = await downloaded(page, 'Dataset als JSON')
    const again = parseDatasetText(body.toString('utf8'))
    expect(again.ok).toBe(true)
    if (again.ok) expect(again.value.stances).toEqual(dataset.stances)
    await close()
  })
})

test('printing gives a static page: the matrix and figures stay, controls and embed codes go', async () => {
  const { page, close } = await openApp(suite.browser, suite.server)
  await page.emulateMedia({ media: 'print' })
  expect(await page.locator('svg.stance-matrix').isVisible()).toBe(true)
  expect(await page.locator('.key-figures').isVisible()).toBe(true)
  expect(await page.locator('.share').isVisible()).toBe(false)
  expect(await page.locator('.matrix-controls').isVisible()).toBe(false)
  const pdf = await page.pdf({ format: 'A4' })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  await close()
})

describe('the share card (issue 17, item 6)', () => {
  test('a 12-character party name in bold runs into none of its row’s cells; parties in talks are bold as on the page', async () => {
    const testland = loadTestland()
    const long = indexDataset({
      ...testland,
      parties: testland.parties.map((p) =>
        p.id === 'red'
          ? { ...p, shortName: 'Grünen/Bündnis' }
          : p.id === 'blue'
            ? { ...p, side: 'negotiating' as const }
            : p,
      ),
    })
    const page = await suite.browser.newPage()
    await page.setContent(
      `<!doctype html><body style="margin:0">${shareCardSvg(long, 'en')}</body>`,
    )
    // Per row label: its drawn right edge and the left edge of the first cell mark on its line.
    const gaps = await page.evaluate(() => {
      const texts = [...document.querySelectorAll('text')].filter((t) =>
        ['Grünen/Bündnis', 'BLU', 'GRN'].includes(t.textContent ?? ''),
      )
      const marks = [...document.querySelectorAll('rect')]
        .map((r) => r.getBoundingClientRect())
        .filter((r) => r.width > 12 && r.width < 80)
      return texts.map((t) => {
        const box = t.getBoundingClientRect()
        const middle = box.top + box.height / 2
        const onLine = marks.filter((m) => m.top < middle && m.bottom > middle && m.left > box.left)
        return {
          name: t.textContent,
          bold: t.getAttribute('font-weight'),
          gap: Math.min(...onLine.map((m) => m.left)) - box.right,
          // testland's four measures (the key beside the matrix may add a swatch on the line)
          cells: onLine.length >= 4,
        }
      })
    })
    expect(gaps.map((g) => [g.name, g.bold, g.cells])).toEqual([
      ['Grünen/Bündnis', 'bold', true],
      ['BLU', 'bold', true],
      ['GRN', 'normal', true],
    ])
    for (const { name, gap } of gaps) expect(gap, name ?? '').toBeGreaterThanOrEqual(2)
    await page.close()
  })
})
