import { expect, test } from 'vitest'
import { spreadLabels } from '../../../src/charts/conflict-graph/labelPlacement.ts'

/** The boxes spreadLabels keeps apart, from the same estimate (11 px text, 14 px lines). */
const box = (l: { x: number; y: number; text: string }) => {
  const half = (l.text.length * 11 * 0.58) / 2 + 2
  return { left: l.x - half, right: l.x + half, top: l.y - 11, bottom: l.y + 3 }
}
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

test('labels that would overprint are moved apart, the lower one going below', () => {
  const labels = [
    { x: 300, y: 100, text: 'ultimatum · dreiging met stemming +1' },
    { x: 320, y: 105, text: 'rode lijn · voorstel +1' },
  ]
  const spread = spreadLabels(labels)
  expect(spread[0]).toEqual(labels[0])
  expect(spread[1]?.x).toBe(320)
  expect(spread[1]?.y).toBeGreaterThan(105)
  const [a, b] = spread
  if (!a || !b) throw new Error('two labels in, two out')
  expect(overlap(box(a), box(b))).toBe(false)
})

test('labels that are apart stay where they are, in input order', () => {
  const labels = [
    { x: 100, y: 300, text: 'verwijt' },
    { x: 100, y: 100, text: 'ultimatum' },
    { x: 400, y: 100, text: 'bondgenootschap' },
  ]
  expect(spreadLabels(labels)).toEqual(labels)
})

test('a pile of labels at one spot becomes a column without overlaps', () => {
  const labels = Array.from({ length: 4 }, (_, i) => ({ x: 200, y: 200, text: `label ${i}` }))
  const spread = spreadLabels(labels)
  expect(spread).toHaveLength(4)
  spread.forEach((a, i) => {
    for (const b of spread.slice(i + 1)) expect(overlap(box(a), box(b))).toBe(false)
  })
})
