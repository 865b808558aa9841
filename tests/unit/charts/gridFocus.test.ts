import { describe, expect, test } from 'vitest'
import { clampGridFocus, moveGridFocus } from '../../../src/charts/stance-matrix/gridFocus.ts'

const size = { rows: 3, columns: 4 }

describe('moveGridFocus', () => {
  test('moveGridFocus moves one cell with the arrow keys and stops at the edges', () => {
    expect(moveGridFocus({ row: 0, column: 0 }, 'ArrowRight', size)).toEqual({ row: 0, column: 1 })
    expect(moveGridFocus({ row: 2, column: 3 }, 'ArrowDown', size)).toEqual({ row: 2, column: 3 })
    expect(moveGridFocus({ row: 2, column: 3 }, 'ArrowRight', size)).toEqual({ row: 2, column: 3 })
  })

  test('moveGridFocus reaches the row and column headers but never the empty corner', () => {
    expect(moveGridFocus({ row: 1, column: 0 }, 'ArrowLeft', size)).toEqual({ row: 1, column: -1 })
    expect(moveGridFocus({ row: 0, column: 2 }, 'ArrowUp', size)).toEqual({ row: -1, column: 2 })
    expect(moveGridFocus({ row: 0, column: -1 }, 'ArrowUp', size)).toEqual({ row: 0, column: -1 })
  })

  test('moveGridFocus Home and End go to the row ends; with Ctrl to the first and last cell', () => {
    expect(moveGridFocus({ row: 1, column: 2 }, 'Home', size)).toEqual({ row: 1, column: -1 })
    expect(moveGridFocus({ row: 1, column: 2 }, 'End', size)).toEqual({ row: 1, column: 3 })
    expect(moveGridFocus({ row: 1, column: 2 }, 'Home', size, true)).toEqual({ row: 0, column: 0 })
    expect(moveGridFocus({ row: 1, column: 2 }, 'End', size, true)).toEqual({ row: 2, column: 3 })
  })

  test('moveGridFocus in a right-to-left grid: ArrowLeft goes on to the next column, ArrowRight back to the row header', () => {
    expect(moveGridFocus({ row: 0, column: 0 }, 'ArrowLeft', size, false, 'rtl')).toEqual({
      row: 0,
      column: 1,
    })
    expect(moveGridFocus({ row: 1, column: 0 }, 'ArrowRight', size, false, 'rtl')).toEqual({
      row: 1,
      column: -1,
    })
    // Up, down, Home and End mean the same in either direction.
    expect(moveGridFocus({ row: 1, column: 2 }, 'ArrowDown', size, false, 'rtl')).toEqual({
      row: 2,
      column: 2,
    })
    expect(moveGridFocus({ row: 1, column: 2 }, 'End', size, false, 'rtl')).toEqual({
      row: 1,
      column: 3,
    })
  })

  test('moveGridFocus returns null for keys that are not moves', () => {
    expect(moveGridFocus({ row: 0, column: 0 }, 'Enter', size)).toBeNull()
  })

  test('clampGridFocus keeps focus inside a grid that shrank', () => {
    expect(clampGridFocus({ row: 2, column: 3 }, { rows: 3, columns: 1 })).toEqual({
      row: 2,
      column: 0,
    })
  })
})
