import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { estimateTextWidth } from '../../../src/charts/textWidth.ts'
import { TIMELINE_SIZES, timelineLayout } from '../../../src/charts/timeline/layout.ts'
import { parseDatasetText } from '../../../src/data/parseDatasetText.ts'
import { loadTestland } from '../../support/testland.ts'

const testland = loadTestland()
const bundled = parseDatasetText(readFileSync('data/rutte4-asylum-2023.json', 'utf8'))
if (!bundled.ok) throw new Error('bundled dataset is invalid')
const rutte = bundled.value

describe('timelineLayout', () => {
  test('timelineLayout is deterministic and does not mutate the events', () => {
    const before = JSON.stringify(rutte.events)
    expect(timelineLayout(rutte.events, rutte.phases, 720)).toEqual(
      timelineLayout(rutte.events, rutte.phases, 720),
    )
    expect(JSON.stringify(rutte.events)).toBe(before)
  })

  test.each([320, 720, 1200])(
    'timelineLayout(%ipx): dots in the same lane never touch and stay inside',
    (width) => {
      const layout = timelineLayout(rutte.events, rutte.phases, width)
      expect(layout.dots).toHaveLength(rutte.events.length)
      const byLane = new Map<number, number[]>()
      for (const dot of layout.dots) byLane.set(dot.lane, [...(byLane.get(dot.lane) ?? []), dot.x])
      for (const xs of byLane.values())
        for (let i = 1; i < xs.length; i++)
          expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(TIMELINE_SIZES.minGap)
      for (const dot of layout.dots) {
        expect(dot.x).toBeGreaterThanOrEqual(0)
        expect(dot.x).toBeLessThanOrEqual(width)
        expect(dot.y).toBeGreaterThan(0)
      }
    },
  )

  test('timelineLayout gives the crisis days more room than the months before: a broken axis', () => {
    const layout = timelineLayout(rutte.events, rutte.phases, 1000)
    expect(layout.segments).toEqual(['run-up', 'crisis', 'aftermath'])
    const band = (id: string) => layout.bands.find((b) => b.phaseId === id && !b.aftermath)
    const width = (id: string) => (band(id)?.x1 ?? 0) - (band(id)?.x0 ?? 0)
    // Ten months of run-up get less room than the single Friday.
    expect(width('before')).toBeLessThan(width('fri') * 2)
    expect(width('wed')).toBeGreaterThan(100)
    expect(layout.breaks).toHaveLength(2)
  })

  test('timelineLayout marks one band per phase, in order, plus the aftermath', () => {
    const layout = timelineLayout(testland.events, testland.phases, 600)
    expect(layout.bands.map((b) => b.phaseId)).toEqual(['before', 'mid', 'end'])
    for (let i = 1; i < layout.bands.length; i++)
      expect(layout.bands[i]?.x0 ?? 0).toBeGreaterThanOrEqual(layout.bands[i - 1]?.x1 ?? 0)
  })
  test.each([240, 320, 360, 720, 1280])(
    'timelineLayout(a dispute decided in one day, %ipx) writes each tick label once, none over the next (issue 17, item 5)',
    (width) => {
      // Two weeks of run-up, then one day: d3's ticks fall weekly in the run-up (two of them in
      // "Oct 2024") and every few hours in the crisis (all of them on "6 Nov"), as a desk's
      // dataset of a short dispute had it.
      const dates: Record<string, { from?: string; date: string; time?: string }> = {
        before: { from: '2024-10-20', date: '2024-11-05' },
        mid: { date: '2024-11-06', time: '09:00' },
        end: { date: '2024-11-06', time: '21:00' },
      }
      const phases = testland.phases.map(({ id, label }) => ({
        id,
        label,
        ...(dates[id] ?? { date: '' }),
      }))
      const events = testland.events.map((event, i) => ({
        ...event,
        date: '2024-11-06',
        time: i === 0 ? '10:00' : '22:00',
      }))
      // The page's own labels (TimelinePanel): months in the run-up, days elsewhere.
      const format = (options: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options })
      const month = format({ month: 'short', year: 'numeric' })
      const day = format({ day: 'numeric', month: 'short' })
      const layout = timelineLayout(events, phases, width, (moment, kind) =>
        (kind === 'run-up' ? month : day).format(new Date(moment)),
      )
      const labels = layout.ticks.map((tick) => tick.label)
      expect(labels).toContain('6 Nov')
      expect(labels.length).toBe(new Set(labels).size)
      // Left to right, each label ends before the next starts (widths as wide as DejaVu's).
      const boxes = layout.ticks.map((tick) => {
        const half = estimateTextWidth(tick.label, TIMELINE_SIZES.tickFont) / 2
        return { left: tick.x - half, right: tick.x + half }
      })
      for (const [i, box] of boxes.entries()) {
        expect(box.left).toBeGreaterThanOrEqual(0)
        expect(box.right).toBeLessThanOrEqual(width)
        expect(box.right).toBeLessThan(boxes[i + 1]?.left ?? Number.POSITIVE_INFINITY)
      }
    },
  )
})
