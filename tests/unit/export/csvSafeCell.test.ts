import { describe, expect, test } from 'vitest'
import { csvSafeCell } from '../../../src/export/csvSafeCell.ts'

describe('csvSafeCell', () => {
  test.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])(
    'csvSafeCell(%j) prefixes an apostrophe',
    (value) => {
      expect(csvSafeCell(value)).toBe(`'${value}`)
    },
  )

  test.each(['', 'supports', 'a=b', '2030-03-01', "'quoted", ' =spaced'])(
    'csvSafeCell(%j) leaves text that cannot start a formula unchanged',
    (value) => {
      expect(csvSafeCell(value)).toBe(value)
    },
  )
})
