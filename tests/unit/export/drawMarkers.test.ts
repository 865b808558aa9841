import { expect, test } from 'vitest'
import { shapeEnd } from '../../../src/export/drawMarkers.ts'

/** Just what shapeEnd reads of an element. */
const element = (localName: string, attributes: Record<string, string>) =>
  ({ localName, getAttribute: (key: string) => attributes[key] ?? null }) as unknown as Element

test('a line ends at x2, y2, pointing from its start', () => {
  expect(shapeEnd(element('line', { x1: '0', y1: '0', x2: '10', y2: '0' }))).toEqual({
    x: 10,
    y: 0,
    angle: 0,
  })
  expect(shapeEnd(element('line', { x1: '5', y1: '5', x2: '5', y2: '5' }))).toBeNull()
})

test('a quadratic path ends at its last point, pointing away from its control point', () => {
  const end = shapeEnd(element('path', { d: 'M10,10 Q20,0 30,10' }))
  expect(end?.x).toBe(30)
  expect(end?.y).toBe(10)
  expect(end?.angle).toBeCloseTo(Math.PI / 4) // from (20,0) to (30,10): down and right
})

test('straight and cubic segments, and a closed path, end where they should', () => {
  expect(shapeEnd(element('path', { d: 'M0,0 L0,10' }))?.angle).toBeCloseTo(Math.PI / 2)
  expect(shapeEnd(element('path', { d: 'M0,0 C0,10 10,10 10,0' }))?.angle).toBeCloseTo(-Math.PI / 2)
  expect(shapeEnd(element('path', { d: 'M0,0 L10,0 L10,10 Z' }))).toMatchObject({ x: 0, y: 0 })
})

test('relative or other commands leave the marker out rather than misplace it', () => {
  expect(shapeEnd(element('path', { d: 'm0,0 l10,0' }))).toBeNull()
  expect(shapeEnd(element('path', { d: 'M0,0 A5,5 0 0 1 10,0' }))).toBeNull()
  expect(shapeEnd(element('rect', { width: '10', height: '10' }))).toBeNull()
})
