import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
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
})
