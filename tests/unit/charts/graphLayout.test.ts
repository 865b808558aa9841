import { describe, expect, test } from 'vitest'
import { graphLayout } from '../../../src/charts/conflict-graph/layout.ts'
import { conflictModel } from '../../../src/model/conflictModel.ts'
import { leadSeats } from '../../../src/model/partyOrder.ts'
import { loadTestland } from '../../support/testland.ts'

const data = loadTestland()
const model = conflictModel(data, {
  phase: 'end',
  measure: null,
  includeOpposition: true,
  rule: 'carried',
})
const seats = (id: string) => {
  const party = data.partyById.get(id)
  return party ? leadSeats(data, party) : 0
}

describe('graphLayout', () => {
  test('graphLayout is deterministic: two runs give identical coordinates', () => {
    expect(graphLayout(model, 480, seats)).toEqual(graphLayout(model, 480, seats))
  })

  test('graphLayout does not mutate its input', () => {
    const before = JSON.stringify(model)
    graphLayout(model, 480, seats)
    expect(JSON.stringify(model)).toBe(before)
  })

  test.each([300, 480, 900])(
    'graphLayout(%ipx) keeps every node inside the drawing area',
    (width) => {
      const layout = graphLayout(model, width, seats)
      for (const n of layout.nodes) {
        expect(n.x - n.r).toBeGreaterThanOrEqual(0)
        expect(n.x + n.r).toBeLessThanOrEqual(layout.width)
        expect(n.y - n.r).toBeGreaterThanOrEqual(0)
        expect(n.y + n.r).toBeLessThanOrEqual(layout.height)
      }
    },
  )

  test('graphLayout makes node area proportional to seats (red 4, blue 3)', () => {
    const layout = graphLayout(model, 480, seats)
    const r = Object.fromEntries(layout.nodes.map((n) => [n.partyId, n.r]))
    expect(((r.blue ?? 0) / (r.red ?? 1)) ** 2).toBeCloseTo(3 / 4, 6)
  })

  test('graphLayout draws agreement and disagreement distinctly, thicker when stronger', () => {
    const layout = graphLayout(model, 480, seats)
    const byPair = Object.fromEntries(layout.pairs.map((p) => [`${p.edge.a}-${p.edge.b}`, p]))
    expect(byPair['red-blue']?.kind).toBe('disagree')
    expect(byPair['blue-green']?.kind).toBe('agree')
    // red–blue 0.8125 disagreement is stronger than red–green 0.75
    expect(byPair['red-blue']?.width).toBeGreaterThan(byPair['red-green']?.width ?? 0)
  })

  test('graphLayout draws each relation as a curve with its label on the curve’s side', () => {
    const layout = graphLayout(model, 480, seats)
    expect(layout.relations).toHaveLength(1)
    expect(layout.relations[0]?.path).toMatch(/^M[\d.]+,[\d.]+ Q[\d.-]+,[\d.-]+ [\d.]+,[\d.]+$/)
  })
})
