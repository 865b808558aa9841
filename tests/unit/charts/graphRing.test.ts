import { describe, expect, test } from 'vitest'
import { placeOnRing } from '../../../src/charts/conflict-graph/nodeRing.ts'
import { fitRing } from '../../../src/charts/conflict-graph/ringFit.ts'
import { ringOrder } from '../../../src/charts/conflict-graph/ringOrder.ts'

const circle = { cx: 100, cy: 100, rx: 50, ry: 50 }
const near = (p: { x: number; y: number } | undefined, x: number, y: number) => {
  expect(p?.x).toBeCloseTo(x, 0)
  expect(p?.y).toBeCloseTo(y, 0)
}

describe('placeOnRing', () => {
  test('placeOnRing(4 nodes with room) puts them at top, right, bottom and left', () => {
    const points = placeOnRing([5, 5, 5, 5], circle, [10, 10, 10, 10])
    near(points?.[0], 100, 50)
    near(points?.[1], 150, 100)
    near(points?.[2], 100, 150)
    near(points?.[3], 50, 100)
  })

  test('placeOnRing(nodes round a ring too short for them) returns null', () => {
    // A 50 px circle is 314 px round; ten discs of radius 10, 15 px apart, need 10 × 35 = 350.
    expect(placeOnRing(Array(10).fill(10), circle, Array(10).fill(15))).toBeNull()
    expect(placeOnRing(Array(10).fill(10), circle, Array(10).fill(10))).not.toBeNull()
  })

  test('placeOnRing with anchors keeps the anchors at equal distances, whatever lies between', () => {
    // Anchors 0 and 3: opposite each other, with two nodes after the first and none after the second.
    const points = placeOnRing([5, 2, 2, 5], circle, [4, 4, 4, 4], [0, 3])
    near(points?.[0], 100, 50)
    near(points?.[3], 100, 150)
    // The two between share the right half.
    expect(points?.[1]?.x).toBeGreaterThan(100)
    expect(points?.[2]?.x).toBeGreaterThan(100)
  })
})

describe('fitRing', () => {
  test('fitRing moves the ring off-centre, away from the side with the long label', () => {
    // Top, right (a 100 px label), bottom, left (a 20 px label): the ring moves left.
    const nodes = [20, 100, 20, 20].map((labelWidth) => ({ r: 10, labelWidth, labelHeight: 16 }))
    const fit = fitRing(nodes, 400, 300, {
      pad: 4,
      gap: 6,
      gaps: [14, 14, 14, 14],
      beside: 0.4,
      anchors: [0],
    })
    expect(fit).not.toBeNull()
    expect(fit?.ring.cx).toBeLessThan(200)
    // The long label ends inside the drawing: right node + r + gap + label ≤ 400 - pad.
    expect((fit?.points[1]?.x ?? 0) + 10 + 6 + 100).toBeLessThanOrEqual(396.01)
  })
})

describe('ringOrder', () => {
  const party = (id: string, side: string) => ({ id, side })

  test('ringOrder spreads the coalition evenly, the others between by the room they need, in order', () => {
    const parties = [
      party('c1', 'coalition'),
      party('c2', 'coalition'),
      party('o1', 'opposition'),
      party('o2', 'opposition'),
      party('o3', 'opposition'),
    ]
    const same = () => 1
    // Three of the same size over two shares: middles at 1/6, 3/6, 5/6 of the way.
    expect(ringOrder(parties, same).map((p) => p.id)).toEqual(['c1', 'o1', 'c2', 'o2', 'o3'])
    // A large first one fills the first share on its own.
    const large = (p: { id: string }) => (p.id === 'o1' ? 4 : 1)
    expect(ringOrder(parties, large).map((p) => p.id)).toEqual(['c1', 'o1', 'c2', 'o2', 'o3'])
    const largeLast = (p: { id: string }) => (p.id === 'o3' ? 4 : 1)
    expect(ringOrder(parties, largeLast).map((p) => p.id)).toEqual(['c1', 'o1', 'o2', 'c2', 'o3'])
  })

  test('ringOrder anchors negotiating and support parties with the coalition: they are no opposition', () => {
    // A minority government: c1 in it, n1 in talks to join, s1 pledged to support it.
    const parties = [
      party('c1', 'coalition'),
      party('n1', 'negotiating'),
      party('s1', 'support'),
      party('o1', 'opposition'),
      party('o2', 'opposition'),
      party('o3', 'opposition'),
    ]
    // Three anchors, three of the same size between them: one after each.
    expect(ringOrder(parties, () => 1).map((p) => p.id)).toEqual([
      'c1',
      'o1',
      'n1',
      'o2',
      's1',
      'o3',
    ])
  })

  test('ringOrder leaves a list of one side as it is', () => {
    const parties = [party('a', 'opposition'), party('b', 'opposition')]
    expect(ringOrder(parties, () => 1)).toEqual(parties)
  })
})
