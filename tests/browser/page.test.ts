import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { describeGraph } from '../../src/charts/conflict-graph/describeGraph.ts'
import type { Language } from '../../src/data/languages.ts'
import { parseDatasetText } from '../../src/data/parseDatasetText.ts'
import { conflictModel } from '../../src/model/conflictModel.ts'
import { messages } from '../../src/ui/strings.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const parsed = parseDatasetText(readFileSync('data/rutte4-asylum-2023.json', 'utf8'))
if (!parsed.ok) throw new Error('bundled dataset is invalid')
const dataset = parsed.value

const suite = chromiumSuite()

/** Fragments of text that belong to one language only: UI strings and the dataset's own translations. */
function onlyIn(language: Language): string[] {
  const other: Language = language === 'nl' ? 'en' : 'nl'
  const fragments = (text: string) =>
    text
      .split(/\{\w+\}/)
      .map((f) => f.trim())
      .filter((f) => f.length >= 8)
  const parts = (tag: Language) => {
    const { ui, sections, positions, confidence, sides } = messages(tag)
    return [ui, sections, positions, confidence, sides] as Record<string, string>[]
  }
  const theirParts = parts(other)
  const ui = parts(language).flatMap((dictionary, i) =>
    Object.keys(dictionary).flatMap((key) => {
      const mine = String(dictionary[key])
      const theirs = String(theirParts[i]?.[key])
      return mine === theirs ? [] : fragments(mine)
    }),
  )
  const { meta } = dataset
  const localized = [
    meta.title,
    meta.deck,
    meta.credits,
    meta.outcome,
    meta.methodology,
    ...dataset.phases.map((p) => p.label),
    ...dataset.measures.map((m) => m.title),
    ...dataset.topics.map((t) => t.label),
    ...dataset.chambers.map((c) => c.name),
  ]
  const data = localized.flatMap((text) =>
    text?.[language] && text[language] !== text[other] ? [text[language]] : [],
  )
  // A fragment that the other language legitimately uses too (a name, a term) proves nothing.
  const legitimate = [
    ...theirParts.flatMap((d) => Object.values(d)),
    ...localized.flatMap((text) => (text?.[other] ? [text[other]] : [])),
  ].join('\n')
  return [...new Set([...ui, ...data])].filter((fragment) => !legitimate.includes(fragment))
}

const bodyText = (page: Page) =>
  page.evaluate(() => {
    const own = [...document.querySelectorAll<HTMLElement>('body [lang], .sources, .source-list')]
    for (const element of own) element.hidden = true
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is what is visible, which is the point
    const text = document.body.innerText
    for (const element of own) element.hidden = false
    return text
  })

describe('the whole page', () => {
  test('switching language changes every visible UI and dataset string', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server)
    const dutch = await bodyText(page)
    expect(dutch).toContain(dataset.meta.title.nl)
    await page.getByRole('radio', { name: 'English' }).check()
    const english = await bodyText(page)
    expect(english).toContain(dataset.meta.title.en)
    expect(onlyIn('nl').filter((fragment) => english.includes(fragment))).toEqual([])
    await page.getByRole('radio', { name: 'Nederlands' }).check()
    const back = await bodyText(page)
    expect(onlyIn('en').filter((fragment) => back.includes(fragment))).toEqual([])
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl')
    expect(watch.errors).toEqual([])
    await close()
  })

  test('?lang=en opens the page in English', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, { query: '?lang=en' })
    expect(await page.locator('h1').textContent()).toBe(dataset.meta.title.en)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await close()
  })

  test('selecting a timeline event sets the phase of the matrix and the graph and opens its detail', async () => {
    const { page, close } = await openApp(suite.browser, suite.server)
    const event = dataset.events.find((e) => e.phase === 'wed')
    if (!event) throw new Error('the dataset has a Wednesday event')
    await page.getByText('Alle gebeurtenissen op volgorde').click()
    await page.locator('.event-list button', { hasText: event.title.nl ?? '' }).click()
    const phase = dataset.phaseById.get('wed')
    expect(
      await page.getByRole('radio', { name: new RegExp(phase?.label.nl ?? '') }).isChecked(),
    ).toBe(true)
    expect(await page.locator('.matrix-caption').textContent()).toContain(phase?.label.nl)
    const graphSummary = describeGraph(
      'nl',
      conflictModel(dataset, {
        phase: 'wed',
        measure: null,
        includeOpposition: false,
        rule: 'carried',
      }),
    )
    // The graph follows the store a frame later.
    await expect.poll(() => page.locator('#graph-summary').textContent()).toContain(graphSummary)
    expect(await page.locator('.event-detail h3').textContent()).toBe(event.title.nl)
    await close()
  })

  test('the timeline strip is keyboard-navigable', async () => {
    const { page, close } = await openApp(suite.browser, suite.server)
    await page.locator('.timeline [tabindex="0"]').focus()
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    expect(await page.locator('.event-detail h3').count()).toBe(1)
    await close()
  })

  test('the sources list links every source the dataset uses, grouped by outlet', async () => {
    const { page, close } = await openApp(suite.browser, suite.server)
    // Links to the sources themselves; "cited for" people link within the page.
    const links = await page
      .locator('.sources a[href^="http"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links.sort()).toEqual(dataset.sources.map((s) => s.url).sort())
    const outlets = new Set(dataset.sources.map((s) => s.outlet))
    expect(await page.locator('.sources-group h3').count()).toBe(outlets.size)
    await close()
  })

  test('quotes link their speaker to the people directory', async () => {
    const { page, close } = await openApp(suite.browser, suite.server)
    const stance = dataset.stances.find((s) => s.quotes?.length && s.phase === 'fri')
    const speaker = stance?.quotes?.[0]?.speaker
    if (!stance || !speaker) throw new Error('the dataset has a quote on Friday')
    const party = dataset.partyById.get(stance.party)?.shortName
    const measure = dataset.measureById.get(stance.measure)?.title.nl
    await page.getByRole('gridcell', { name: `${party} over ${measure}` }).click()
    await page.locator('.cell-card .quote-speaker a').first().click()
    expect(await page.evaluate(() => window.location.hash)).toBe(`#person-${speaker}`)
    expect(await page.locator(`#person-${speaker}`).isVisible()).toBe(true)
    // The jump lands on the person, also once the sections passed on the way have been drawn.
    await page.waitForTimeout(300)
    const top = await page
      .locator(`#person-${speaker}`)
      .evaluate((e) => e.getBoundingClientRect().top)
    expect(top).toBeGreaterThanOrEqual(0)
    expect(top).toBeLessThan(await page.evaluate(() => window.innerHeight))
    await close()
  })

  test('every request, on load and on every interaction, goes to the page’s own origin', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      acceptDownloads: true,
    })
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.getByRole('radio', { name: /Woensdag/ }).check()
    await page.locator('[role=gridcell]').first().click()
    await page.getByRole('radio', { name: 'Tabel' }).check()
    await page.getByRole('checkbox', { name: 'Toon oppositiepartijen' }).check()
    await page.locator('.timeline-dot').first().click()
    await page.getByRole('radio', { name: 'English' }).check()
    await page.getByRole('button', { name: 'Stances as CSV' }).click()
    await page.getByRole('button', { name: 'Conflict graph as PNG' }).click()
    await page.getByRole('button', { name: 'Dataset as JSON' }).click()
    await page.locator('.sources a').first().hover()
    expect(
      requests.filter(
        (url) => !url.startsWith(`${suite.server.origin}/`) && !url.startsWith('blob:'),
      ),
    ).toEqual([])
    expect(watch.foreignRequests.filter((url) => !url.startsWith('blob:'))).toEqual([])
    expect(watch.errors).toEqual([])
    await close()
  })
})

test('at 360 px the full page never scrolls sideways', async () => {
  const { page, close } = await openApp(suite.browser, suite.server, {
    viewport: { width: 360, height: 740 },
  })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  expect(await page.getByRole('combobox', { name: 'Dataset' }).isVisible()).toBe(true)
  await close()
})

/**
 * Whether the phase stepper shows its current stop, and how many stops it shows cut off: each
 * stop must lie wholly inside the scroller's visible box or wholly outside it (a cut-off stop
 * showed as a stray "5" of "Woensdag 5 juli" beside Thursday and Friday).
 */
const stepperView = (page: Page) =>
  page.evaluate(() => {
    const stops = document.querySelector('.phase-stops')?.getBoundingClientRect()
    const current = document.querySelector('.phase-stop.is-current')?.getBoundingClientRect()
    const boxes = [...document.querySelectorAll('.phase-stop')].map((stop) =>
      stop.getBoundingClientRect(),
    )
    if (!stops || !current) return { inView: false, cutOff: -1 }
    // Half a pixel for rounding; the scroller's 5 px padding shows what lies in it.
    const inside = (r: DOMRect) => r.left >= stops.left - 0.5 && r.right <= stops.right + 0.5
    const outside = (r: DOMRect) => r.right <= stops.left + 0.5 || r.left >= stops.right - 0.5
    return {
      inView: inside(current),
      cutOff: boxes.filter((r) => !inside(r) && !outside(r)).length,
    }
  })

test.each([320, 360])(
  'on a %i px phone the prerendered page opens with the current phase in view in the stepper, before any script, and the page unscrolled',
  async (width) => {
    // What a reader sees until the app is live: it used to be the first stops (Aanloop,
    // Woensdag), then a jump to Friday once the app scrolled the stepper.
    const context = await suite.browser.newContext({
      viewport: { width, height: 740 },
      javaScriptEnabled: false,
    })
    const page = await context.newPage()
    await page.goto(suite.server.url)
    expect(await stepperView(page)).toEqual({ inView: true, cutOff: 0 })
    expect(await page.locator('.phase-stop.is-current').textContent()).toContain('Vrijdag 7 juli')
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await context.close()
  },
)

test.each([320, 360])(
  'on a %i px phone the current phase stays in view in the stepper, and no stop shows cut off',
  async (width) => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      viewport: { width, height: 740 },
    })
    await page.waitForTimeout(300)
    expect(await stepperView(page)).toEqual({ inView: true, cutOff: 0 })
    for (let step = 0; step < 3; step++) {
      await page.getByRole('button', { name: 'Vorig moment' }).click()
      await page.waitForTimeout(300)
      expect(await stepperView(page)).toEqual({ inView: true, cutOff: 0 })
    }
    await close()
  },
)

test('in an embed, speakers are plain names: there is no people directory to link to', async () => {
  const { page, close } = await openApp(suite.browser, suite.server, {
    query: '?embed=1&show=graph',
  })
  await page.locator('[data-item="relation:vvd>cu"]').focus()
  await page.keyboard.press('Enter')
  await page.locator('.cell-card .quote-speaker').first().waitFor()
  expect(await page.locator('.cell-card .quote-speaker a').count()).toBe(0)
  await close()
})

test('the phase stepper, stuck to the top, hides what scrolls under it, also beside its label', async () => {
  const { page, close } = await openApp(suite.browser, suite.server, {
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light',
  })
  // Scroll the matrix's slanted column labels up under the stuck stepper.
  await page.evaluate(() => window.scrollTo(0, 760))
  await page.waitForTimeout(200)
  const stepper = await page.locator('.phase-control').boundingBox()
  expect(stepper?.y).toBeCloseTo(0, 0)
  // The strip beside the "Moment" label, above the stops: only page background may show there.
  const strip = await page.screenshot({ clip: { x: 200, y: 0, width: 800, height: 12 } })
  const colours = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
    const canvas = new OffscreenCanvas(image.width, image.height)
    const context = canvas.getContext('2d')
    context?.drawImage(image, 0, 0)
    const data = context?.getImageData(0, 0, image.width, image.height).data ?? []
    const seen = new Set<string>()
    for (let i = 0; i < data.length; i += 4) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`)
    return [...seen]
  }, strip.toString('base64'))
  expect(colours).toEqual(['255,255,255'])
  await close()
})
