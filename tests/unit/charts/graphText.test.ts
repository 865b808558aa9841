import { expect, test } from 'vitest'
import { keyRows, wrapWords } from '../../../src/charts/conflict-graph/keyRows.ts'
import { textWidth } from '../../../src/charts/conflict-graph/textMetrics.ts'

test('textWidth(text, size) adds the glyphs’ widths, bold wider than regular', () => {
  // "VVD": V 685 + V 685 + D 771 thousandths of an em, at 10 px.
  expect(textWidth('VVD', 10)).toBeCloseTo(21.41, 2)
  expect(textWidth('VVD', 10, true)).toBeGreaterThan(textWidth('VVD', 10))
})

test('textWidth takes a letter with an unknown mark as the bare letter, anything else as 1 em', () => {
  // ș (s with comma below) is not in the tables; s is.
  expect(textWidth('ș', 10)).toBeCloseTo(textWidth('s', 10), 5)
  expect(textWidth('党', 10)).toBe(10)
})

test('wrapWords(text, width) fills lines up to the width, never cutting a word', () => {
  const lines = wrapWords('dreiging met stemming\u00a0+1', 80, 11)
  expect(lines).toEqual(['dreiging met', 'stemming\u00a0+1'])
  for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(80)
  expect(wrapWords('Onuitsprekelijkheden', 20, 11)).toEqual(['Onuitsprekelijkheden'])
})

test('keyRows(items, width, top) stacks the rows under the drawing, each wrapped to the width', () => {
  const rows = keyRows(
    [
      { number: 1, text: 'VVD → D66: ultimatum · dreiging met stemming +1' },
      { number: 2, text: 'CU → VVD: rode lijn' },
    ],
    200,
    300,
  )
  expect(rows.map((r) => r.number)).toEqual([1, 2])
  expect(rows[0]?.text.box.top).toBeGreaterThan(300)
  expect(rows[0]?.text.lines.length).toBeGreaterThan(1)
  expect(rows[1]?.text.box.top).toBeGreaterThan(rows[0]?.text.box.bottom ?? 0)
  for (const row of rows) expect(row.text.box.right).toBeLessThanOrEqual(200)
})
