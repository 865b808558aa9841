import { describe, expect, test } from 'vitest'
import { parseTransform, parseViewBox } from '../../../src/export/svgTransform.ts'

describe('parseTransform', () => {
  test('parseTransform reads translate, rotate about a point and scale, in order', () => {
    expect(parseTransform(' translate(10,20) rotate(-45 5 6), scale(2) ')).toEqual([
      { kind: 'translate', x: 10, y: 20 },
      { kind: 'rotate', degrees: -45, cx: 5, cy: 6 },
      { kind: 'scale', x: 2, y: 2 },
    ])
  })

  test('parseTransform fills in SVG defaults: translate(x) has y 0, rotate(a) turns about 0 0', () => {
    expect(parseTransform('translate(3) rotate(90)')).toEqual([
      { kind: 'translate', x: 3, y: 0 },
      { kind: 'rotate', degrees: 90, cx: 0, cy: 0 },
    ])
  })

  test('parseTransform(null or blank) is no steps', () => {
    expect(parseTransform(null)).toEqual([])
    expect(parseTransform('  ')).toEqual([])
  })

  test.each([
    'matrix(1 0 0 1 0 0)',
    'skewX(10)',
    'rotate(10 5)',
    'translate(1,2) oops',
    'scale(a)',
  ])('parseTransform(%j) is null: a transform the renderer cannot apply', (text) => {
    expect(parseTransform(text)).toBeNull()
  })
})

describe('parseViewBox', () => {
  test('parseViewBox reads four numbers separated by spaces or commas', () => {
    expect(parseViewBox('0,-10 600 400')).toEqual({ x: 0, y: -10, width: 600, height: 400 })
  })

  test.each([null, '', '0 0 600', '0 0 0 400', '0 0 a 400'])('parseViewBox(%j) is null', (text) => {
    expect(parseViewBox(text)).toBeNull()
  })
})
