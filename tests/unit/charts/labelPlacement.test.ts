import { describe, expect, test } from 'vitest'
import {
  aroundNode,
  besideCurve,
  curveSpots,
  onCurve,
} from '../../../src/charts/conflict-graph/candidates.ts'
import { polyline } from '../../../src/charts/conflict-graph/geometry.ts'
import {
  bestCandidate,
  blockSize,
  type Candidate,
  isClear,
  type Obstacles,
  textInBox,
} from '../../../src/charts/conflict-graph/labelPlacement.ts'

const box = (left: number, top: number, right: number, bottom: number) => ({
  left,
  top,
  right,
  bottom,
})
/** A vertical line at x, from y 90 to 130. */
const vertical = (x: number) =>
  polyline([
    { x, y: 90 },
    { x, y: 130 },
  ])
const open: Obstacles = { bounds: box(0, 0, 400, 400), circles: [], boxes: [], lines: [], soft: [] }
/** Compares a box to the hundredth of a px (trigonometry leaves a little dust). */
const rounded = (b: { left: number; top: number; right: number; bottom: number } | undefined) =>
  b && Object.fromEntries(Object.entries(b).map(([k, v]) => [k, Math.round(v * 100) / 100]))
const at = (cost: number, b = box(100, 100, 140, 116)): Candidate => ({
  box: b,
  anchor: 'middle',
  cost,
})

describe('blockSize and textInBox', () => {
  test('blockSize(two 11 px lines) is the wider line plus the halo, and both lines tall', () => {
    // "ab": a 613 + b 635 thousandths of an em = 13.728 px at 11 px; halo 2 px a side.
    const size = blockSize({ lines: ['ab', 'a'], fontSize: 11, bold: false, lineHeight: 13 })
    expect(size.width).toBeCloseTo(13.728 + 4, 3)
    // One line step (13) + ascent and descent (1.17 × 11) + the halo above and below.
    expect(size.height).toBeCloseTo(13 + 1.17 * 11 + 4, 3)
  })

  test('textInBox starts a label beside its mark at the box’s side, baselines a line apart', () => {
    const block = { lines: ['one', 'two'], fontSize: 10, bold: false, lineHeight: 12 }
    const placed = textInBox(block, box(50, 20, 90, 50), 'start')
    expect(placed.x).toBe(52)
    // Top 20 + halo 2 + ascent 9.3; then one line step.
    expect(placed.lines).toEqual([
      { text: 'one', y: 31.3 },
      { text: 'two', y: 43.3 },
    ])
    expect(textInBox(block, box(50, 20, 90, 50), 'end').x).toBe(88)
  })
})

describe('isClear and bestCandidate', () => {
  test('isClear(box) is false past the edge, near a disc, on a placed box or across an arrow', () => {
    const b = box(100, 100, 140, 116)
    expect(isClear(b, open)).toBe(true)
    expect(isClear(box(390, 0, 410, 10), open)).toBe(false)
    // A disc 4 px off the box's right edge: closer than the 5 px clearance.
    expect(isClear(b, { ...open, circles: [{ x: 150, y: 108, r: 6 }] })).toBe(false)
    expect(isClear(b, { ...open, circles: [{ x: 160, y: 108, r: 6 }] })).toBe(true)
    // A placed label 5 px below: closer than the 6 px between labels, it would read as a second
    // line of this one; 7 px below it reads as a label of its own.
    expect(isClear(b, { ...open, boxes: [box(100, 121, 140, 137)] })).toBe(false)
    expect(isClear(b, { ...open, boxes: [box(100, 123, 140, 139)] })).toBe(true)
    const across = polyline([
      { x: 90, y: 90 },
      { x: 150, y: 130 },
    ])
    expect(isClear(b, { ...open, lines: [across] })).toBe(false)
  })

  test('isClear(an arrow’s label) is false when another arrow passes nearer its middle than its own', () => {
    // The box's middle is (120, 108): its own arrow 12 px below it, another 10 px above.
    const b = box(100, 100, 140, 116)
    const own = polyline([
      { x: 0, y: 120 },
      { x: 300, y: 120 },
    ])
    const other = (y: number) =>
      polyline([
        { x: 0, y },
        { x: 300, y },
      ])
    expect(isClear(b, { ...open, owner: { own, others: [other(98)] } })).toBe(false)
    // 30 px above it, the other is clearly further: the label is read as its own arrow's.
    expect(isClear(b, { ...open, owner: { own, others: [other(78)] } })).toBe(true)
  })

  test('bestCandidate(candidates) takes the cheapest clear one; a pair’s line only adds to its cost', () => {
    const blocked = at(0)
    const crossed = at(1, box(200, 100, 240, 116))
    const further = at(2, box(300, 100, 340, 116))
    const obstacles = {
      ...open,
      boxes: [box(100, 100, 140, 116)],
      soft: [{ ...vertical(220), reach: 0.5 }],
    }
    // The first is blocked; the second crosses a pair's line (cost 1 + 6), the third costs 2.
    expect(bestCandidate([blocked, crossed, further], obstacles)).toBe(further)
    expect(bestCandidate([blocked, crossed], obstacles)).toBe(crossed)
    expect(bestCandidate([blocked], obstacles)).toBeNull()
  })

  test('bestCandidate counts a pair’s line as wide as it is drawn: a thick one 3 px off a box crosses it', () => {
    const crossed = at(1, box(200, 100, 240, 116))
    const further = at(2, box(300, 100, 340, 116))
    // A line 3 px right of the second box: 7 px wide it covers the box's edge, 2 px wide it does not.
    const thick = { ...open, soft: [{ ...vertical(243), reach: 3.5 }] }
    const thin = { ...open, soft: [{ ...vertical(243), reach: 1 }] }
    expect(bestCandidate([crossed, further], thick)).toBe(further)
    expect(bestCandidate([crossed, further], thin)).toBe(crossed)
  })
})

describe('candidates', () => {
  const size = { width: 30, height: 16 }

  test('aroundNode(disc, outward to the right) starts with a label beside the disc, gap px off it', () => {
    const [first] = aroundNode({ x: 100, y: 100, r: 10 }, 0, size, 6)
    expect(first?.anchor).toBe('start')
    expect(rounded(first?.box)).toEqual(box(116, 92, 146, 108))
    // Straight up: centred above the disc.
    const [up] = aroundNode({ x: 100, y: 100, r: 10 }, -Math.PI / 2, size, 6)
    expect(up?.anchor).toBe('middle')
    expect(rounded(up?.box)).toEqual(box(85, 68, 115, 84))
  })

  test('besideCurve(a straight line) starts on the bowed side of its middle, 3 px off it', () => {
    const line = (t: number) => ({ x: 100 + 200 * t, y: 200 })
    const candidates = besideCurve(curveSpots(line, -Math.PI / 2), size, 3)
    expect(rounded(candidates[0]?.box)).toEqual(box(185, 181, 215, 197))
    const straight = polyline([
      { x: 100, y: 200 },
      { x: 300, y: 200 },
    ])
    expect(isClear(candidates[0]?.box ?? box(0, 0, 0, 0), { ...open, lines: [straight] })).toBe(
      true,
    )
    // Ahead of or behind a point, a box lies on the line itself: the arrow is an obstacle too.
    const ahead = candidates.find((c) => c.box.top < 200 && c.box.bottom > 200)
    expect(ahead && isClear(ahead.box, { ...open, lines: [straight] })).toBe(false)
  })

  test('onCurve(arrow) puts a marker on the arrow’s middle first, then beside it last of all', () => {
    const line = (t: number) => ({ x: 100 + 200 * t, y: 200 })
    const candidates = onCurve(line, curveSpots(line, -Math.PI / 2), 8)
    expect(rounded(candidates[0]?.box)).toEqual(box(192, 192, 208, 208))
    expect(candidates.at(-1)?.cost).toBeGreaterThan(candidates[16]?.cost ?? 0)
  })
})
