import { describe, expect, test } from 'vitest'
import { INITIAL_PAINT, readPaint } from '../../../src/export/svgPaint.ts'

/** Just enough of an Element for readPaint, which only reads attributes. */
const element = (attributes: Record<string, string>) =>
  ({ getAttribute: (name: string) => attributes[name] ?? null }) as unknown as Element

describe('readPaint', () => {
  test('readPaint inherits what an element does not set', () => {
    expect(readPaint(element({}), INITIAL_PAINT)).toEqual(INITIAL_PAINT)
  })

  test('readPaint reads presentation attributes as the browser computed them', () => {
    const paint = readPaint(
      element({
        fill: 'rgb(29, 95, 168)',
        stroke: 'none',
        'stroke-width': '3px',
        'stroke-dasharray': '3px, 2px',
        'font-size': '12px',
        'font-weight': '700',
        'text-anchor': 'middle',
        'paint-order': 'stroke',
      }),
      { ...INITIAL_PAINT, stroke: 'red' },
    )
    expect(paint).toMatchObject({
      fill: 'rgb(29, 95, 168)',
      stroke: null,
      strokeWidth: 3,
      dash: [3, 2],
      fontSize: 12,
      fontWeight: '700',
      textAnchor: 'middle',
      strokeFirst: true,
    })
  })

  test('readPaint lets style declarations win, resolves currentColor and drops url() paints', () => {
    const paint = readPaint(
      element({ fill: 'red', style: 'fill: currentColor; color: blue', stroke: 'url(#g)' }),
      INITIAL_PAINT,
    )
    expect([paint.fill, paint.stroke]).toEqual(['blue', null])
  })

  test('readPaint multiplies group opacities and ignores unknown keywords', () => {
    const half = readPaint(element({ opacity: '0.5' }), INITIAL_PAINT)
    const quarter = readPaint(element({ opacity: '0.5', 'fill-rule': 'bogus' }), half)
    expect([quarter.alpha, quarter.fillRule]).toEqual([0.25, 'nonzero'])
  })

  test('readPaint reads a dash list of zeros or negatives as solid', () => {
    expect(readPaint(element({ 'stroke-dasharray': '0 0' }), INITIAL_PAINT).dash).toEqual([])
    expect(readPaint(element({ 'stroke-dasharray': '4 -1' }), INITIAL_PAINT).dash).toEqual([])
  })
})
