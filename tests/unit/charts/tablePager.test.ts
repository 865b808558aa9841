import { expect, test } from 'vitest'
import { TABLE_PAGE_ROWS, tablePageRows } from '../../../src/charts/stance-matrix/TablePager.tsx'

test('pages of twenty parties, the last one short, and pages out of range clamped', () => {
  expect(TABLE_PAGE_ROWS).toBe(20)
  expect(tablePageRows(0, 45)).toEqual([0, 20])
  expect(tablePageRows(1, 45)).toEqual([20, 40])
  expect(tablePageRows(2, 45)).toEqual([40, 45])
  expect(tablePageRows(7, 45)).toEqual([40, 45])
  expect(tablePageRows(-1, 45)).toEqual([0, 20])
  expect(tablePageRows(0, 0)).toEqual([0, 0])
})
