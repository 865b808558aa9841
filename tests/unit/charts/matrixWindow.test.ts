import { expect, test } from 'vitest'
import type { MatrixLayout } from '../../../src/charts/stance-matrix/layout.ts'
import {
  isWindowed,
  matrixWindow,
  WINDOW_MIN_CELLS,
} from '../../../src/charts/stance-matrix/matrixWindow.ts'
import { mirrorLayout } from '../../../src/charts/stance-matrix/mirrorLayout.ts'

/** A bare layout: `rows` × `columns` cells of 32 px below a 100 px header and beside 80 px of names. */
function grid(rows: number, columns: number): MatrixLayout {
  return {
    direction: 'ltr',
    width: 80 + columns * 32,
    height: 100 + rows * 32,
    cellSize: 32,
    rowHeaderWidth: 80,
    headerHeight: 100,
    rows: Array.from({ length: rows }, (_, index) => ({
      index,
      partyId: `p${index}`,
      side: 'opposition' as const,
      y: 100 + index * 32,
      label: `P${index}`,
    })),
    columns: Array.from({ length: columns }, (_, index) => ({
      index,
      measureId: `m${index}`,
      topicId: 't',
      x: 80 + index * 32,
      lines: [`M${index}`],
      fullLabel: `Measure ${index}`,
    })),
    groups: [],
    topics: [],
  }
}

test('only matrices past a thousand cells are windowed', () => {
  expect(WINDOW_MIN_CELLS).toBe(1000)
  // The bundled datasets, even with every silent party shown, are drawn whole (and prerendered).
  expect(isWindowed(grid(22, 10))).toBe(false)
  expect(isWindowed(grid(20, 100))).toBe(true)
  expect(isWindowed(grid(100, 500))).toBe(true)
})

test('without a viewport every row and column is drawn', () => {
  expect(matrixWindow(grid(100, 500), null)).toEqual({ rows: [0, 100], columns: [0, 500] })
})

test('a viewport draws the rows and columns it meets plus a margin of two, clipped to the grid', () => {
  const layout = grid(100, 500)
  // At the top left, rows 0–12 (y 100–484) and columns 0–16 (x 80–592) meet a 600 × 500
  // view; two more of each are drawn.
  expect(matrixWindow(layout, { left: 0, top: 0, width: 600, height: 500 })).toEqual({
    rows: [0, 15],
    columns: [0, 19],
  })
  // Scrolled to row 50 (y 1700) and column 200 (x 6480): two before and after.
  const middle = matrixWindow(layout, { left: 6480, top: 1700, width: 320, height: 320 })
  expect(middle.rows[0]).toBe(49 - 2)
  expect(middle.columns[0]).toBe(199 - 2)
  expect(middle.rows[1] - middle.rows[0]).toBeLessThan(22)
  expect(middle.columns[1] - middle.columns[0]).toBeLessThan(22)
  // At the far end the window stops at the last row and column.
  const end = matrixWindow(layout, { left: 20000, top: 5000, width: 600, height: 500 })
  expect(end).toEqual({ rows: [98, 100], columns: [498, 500] })
})

test('a right-to-left grid draws the columns its viewport meets, counted from the right', () => {
  // 500 columns of 32 px beside 80 px of names: 16 080 px wide. Mirrored, column i spans
  // x 16 000 - 32 i to 16 032 - 32 i; the view at the right edge (x 15 480–16 080) meets
  // columns 0–16, as the left edge does left to right.
  const layout = mirrorLayout(grid(100, 500))
  expect(matrixWindow(layout, { left: 15480, top: 0, width: 600, height: 500 })).toEqual({
    rows: [0, 15],
    columns: [0, 19],
  })
  // At the far left (x 0–600) the view meets the last columns, up to 499 (x 32–64); the
  // window starts a cell early and two more before, as left to right: 479.
  expect(matrixWindow(layout, { left: 0, top: 0, width: 600, height: 500 }).columns).toEqual([
    479, 500,
  ])
})
