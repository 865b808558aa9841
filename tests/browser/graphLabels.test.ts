import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { BUNDLED_DATASETS } from './support/bundledDatasets.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const suite = chromiumSuite()

const WIDTHS = [360, 1280]
/** Clear room, in px, a label keeps from every party's disc (issue #17, item 6: no touching). */
const DISC_CLEARANCE = 3

/**
 * Everything wrong with the graph's labels as drawn, one line each: a label cut with "…", a label
 * past the drawing's edge, two labels that overlap or sit so near they read as one, a label on or
 * touching a party's disc, an arrow (its line or its head) through a label, a pair's line seen
 * over a label's words, an arrow's label nearer another arrow than its own. Boxes are the
 * browser's own (getBBox), in the drawing's units; a numbered marker sits on its own arrow by
 * design, and only there.
 */
function labelFaults(clearance: number): string[] {
  const svg = document.querySelector<SVGSVGElement>('svg.conflict-graph')
  if (!svg) return ['no graph']
  const shown = (el: Element) =>
    getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0
  const view = svg.viewBox.baseVal
  // Every text drawn, as the label it belongs to: a label of several lines is one group.
  const groups = [...svg.querySelectorAll<SVGTextElement>('text')].map(
    (text) =>
      text.closest<SVGGraphicsElement>('.node-label, .relation-label, .graph-key-text') ?? text,
  )
  const labels = [...new Set(groups)].filter(shown).map((el) => {
    const b = el.getBBox()
    return {
      element: el,
      text: el.textContent ?? '',
      owner: el.closest('[data-item]')?.getAttribute('data-item') ?? '',
      marker: el.closest('.relation-marker') !== null,
      // The key's rows are a list under the drawing, one under the other by design.
      key: el.closest('.graph-key') !== null,
      box: { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height },
    }
  })
  const discs = [...svg.querySelectorAll<SVGCircleElement>('.graph-node circle.node-mark')]
    .filter(shown)
    .map((c) => ({
      owner: c.closest('[data-item]')?.getAttribute('data-item') ?? '',
      x: c.cx.baseVal.value,
      y: c.cy.baseVal.value,
      r: c.r.baseVal.value,
    }))
  // Each arrow as points every 2 px, each with the room it takes: half the line, or the head.
  const arrows = [...svg.querySelectorAll<SVGPathElement>('.graph-relation .hit-area')].map(
    (path) => {
      const length = path.getTotalLength()
      const points = []
      for (let at = 0; at <= length; at += 2) {
        const p = path.getPointAtLength(at)
        // The head is a triangle 12 px long, 12 px wide at its base: as wide as it is there.
        const back = length - at
        points.push({ x: p.x, y: p.y, r: back < 12.5 ? Math.max(1, back / 2) : 1 })
      }
      return { owner: path.closest('[data-item]')?.getAttribute('data-item') ?? '', points }
    },
  )
  // What shows between a label's letters at a point: the topmost element painted there, the
  // words themselves and the hover targets aside (Chromium hit-tests a glyph's whole cell).
  const behindWords = (x: number, y: number) => {
    const m = svg.getScreenCTM()
    if (!m) return null
    const at = new DOMPoint(x, y).matrixTransform(m)
    return (
      document
        .elementsFromPoint(at.x, at.y)
        .find(
          (el) =>
            !el.classList.contains('hit-area') && !['g', 'text', 'tspan'].includes(el.localName),
        ) ?? null
    )
  }
  // Each pair's line as drawn: the points of it that lie inside a label's words.
  const pairLines = [...svg.querySelectorAll<SVGLineElement>('.graph-lines .pair-line')]
  const linesOver = (box: { left: number; top: number; right: number; bottom: number }) =>
    pairLines.flatMap((line) => {
      const x1 = line.x1.baseVal.value
      const y1 = line.y1.baseVal.value
      const dx = line.x2.baseVal.value - x1
      const dy = line.y2.baseVal.value - y1
      const steps = Math.ceil(Math.hypot(dx, dy) / 2)
      const inside = Array.from({ length: steps + 1 }, (_, k) => ({
        x: x1 + (dx * k) / steps,
        y: y1 + (dy * k) / steps,
      })).filter((p) => p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom)
      return inside.length > 0 ? [{ line, inside }] : []
    })
  // Two labels' words nearer than this read as one label of two lines.
  const APART = 6
  const name = (l: (typeof labels)[number]) => `"${l.text}"`
  const faults: string[] = []
  for (const [i, a] of labels.entries()) {
    if (a.text.includes('…')) faults.push(`${name(a)} is cut with …`)
    const { left, top, right, bottom } = a.box
    if (
      left < view.x ||
      top < view.y ||
      right > view.x + view.width ||
      bottom > view.y + view.height
    )
      faults.push(`${name(a)} passes the drawing's edge`)
    for (const b of labels.slice(i + 1))
      if (
        a.box.left < b.box.right &&
        b.box.left < a.box.right &&
        a.box.top < b.box.bottom &&
        b.box.top < a.box.bottom
      )
        faults.push(`${name(a)} overlaps ${name(b)}`)
      else if (
        !(a.key && b.key) &&
        a.box.left - APART < b.box.right &&
        b.box.left < a.box.right + APART &&
        a.box.top - APART < b.box.bottom &&
        b.box.top < a.box.bottom + APART
      )
        faults.push(`${name(a)} and ${name(b)} are so near they read as one`)
    for (const d of discs) {
      const dx = Math.max(left - d.x, 0, d.x - right)
      const dy = Math.max(top - d.y, 0, d.y - bottom)
      if (Math.hypot(dx, dy) < d.r + clearance)
        faults.push(`${name(a)} touches the disc of ${d.owner}`)
    }
    // A pair's line may pass under a label (in the middle of the ring no spot is clear of them
    // all), but must stop short of its words: it is never what is seen there.
    if (!a.marker) {
      a.element.scrollIntoView({ block: 'center' })
      for (const { line, inside } of linesOver(a.box))
        if (inside.some((p) => behindWords(p.x, p.y) === line))
          faults.push(`a pair's line runs over ${name(a)}`)
    }
    // An arrow's label is read as the label of the arrow nearest its middle: it must be its own.
    if (a.element.matches('.relation-label')) {
      const middle = { x: (left + right) / 2, y: (top + bottom) / 2 }
      const distance = (arrow: (typeof arrows)[number]) =>
        Math.min(...arrow.points.map((p) => Math.hypot(p.x - middle.x, p.y - middle.y)))
      const own = arrows.find((arrow) => arrow.owner === a.owner)
      for (const arrow of arrows)
        if (own && arrow !== own && distance(arrow) <= distance(own))
          faults.push(`${name(a)} lies nearer the arrow ${arrow.owner} than its own`)
    }
    for (const arrow of arrows) {
      if (a.marker && arrow.owner === a.owner) continue
      const hit = arrow.points.some(
        (p) => p.x + p.r > left && p.x - p.r < right && p.y + p.r > top && p.y - p.r < bottom,
      )
      if (hit) faults.push(`the arrow ${arrow.owner} runs through ${name(a)}`)
    }
  }
  return faults
}

/** The faults at every moment of the dispute, coalition only and with the opposition shown. */
async function faultsEverywhere(page: Page): Promise<string[]> {
  const phases = page.locator('.phase-control input[type=radio]')
  const opposition = page.locator('.graph-panel input[type=checkbox]')
  const faults: string[] = []
  for (const show of [false, true]) {
    await opposition.setChecked(show)
    for (let i = 0; i < (await phases.count()); i++) {
      await phases.nth(i).check()
      await page.evaluate(() => new Promise(requestAnimationFrame))
      const phase = await phases.nth(i).getAttribute('value')
      const where = `${phase}${show ? ', opposition shown' : ''}`
      faults.push(
        ...(await page.evaluate(labelFaults, DISC_CLEARANCE)).map((f) => `${where}: ${f}`),
      )
    }
  }
  return faults
}

describe('the conflict graph’s labels', () => {
  for (const { name: data, languages } of BUNDLED_DATASETS)
    for (const lang of languages)
      test.each(WIDTHS)(
        `${data}, ${lang}, %i px: no label is cut, past the edge, on or beside another, on a disc, an arrow or a pair’s line, or nearer another arrow than its own`,
        async (width) => {
          const { page, close } = await openApp(suite.browser, suite.server, {
            query: `?data=${data}&lang=${lang}`,
            viewport: { width, height: 900 },
          })
          await page.locator('svg.conflict-graph .graph-node').first().waitFor()
          expect(await page.locator('svg.conflict-graph .relation-label').count()).toBeGreaterThan(
            0,
          )
          expect(await faultsEverywhere(page)).toEqual([])
          await close()
        },
        60_000,
      )

  test('an arrow whose label finds no room beside it gets a numbered marker, keyed under the drawing, and named by its number first', async () => {
    // Rutte IV on Friday, opposition shown, on a phone: more arrows than room for their words.
    const { page, close } = await openApp(suite.browser, suite.server, {
      query: '?lang=en',
      viewport: { width: 360, height: 900 },
    })
    await page.locator('.graph-panel input[type=checkbox]').check()
    const markers = page.locator('svg.conflict-graph .graph-relation .relation-marker')
    expect(await markers.count()).toBeGreaterThan(0)
    const first = await markers.first().evaluate((m) => ({
      number: m.textContent,
      name: m.closest('[data-item]')?.getAttribute('aria-label') ?? '',
    }))
    const keyRow = page
      .locator('svg.conflict-graph .graph-key > g')
      .filter({ hasText: new RegExp(`^${first.number}\\D`) })
    const keyText = (await keyRow.locator('.graph-key-text').textContent()) ?? ''
    // The key names who to whom, as the arrow's own accessible name does.
    const [, from = '', to = ''] = /(\S+) → (\S+):/.exec(keyText) ?? []
    expect(from).not.toBe('')
    expect(first.name).toContain(`${from} towards ${to}`)
    // Its name starts with what the eye sees on the arrow, the number (WCAG 2.5.3).
    expect(first.name.startsWith(`${first.number}: `)).toBe(true)
    await close()
  })
})
