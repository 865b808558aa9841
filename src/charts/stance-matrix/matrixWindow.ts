import { bisector } from 'd3-array'
import type { LaidColumn, LaidRow, MatrixLayout } from './layout.ts'

/** The part of the drawn matrix the reader can see, in the matrix's own pixels. */
export type Viewport = { left: number; top: number; width: number; height: number }

/** Rows and columns to draw: `[first, end)` index ranges. */
export type MatrixWindow = { rows: [number, number]; columns: [number, number] }

/**
 * Matrices with more cells than this draw only what is in view (plus a margin): the browser's
 * style and layout of tens of thousands of SVG groups, not our code, is what makes a big grid slow.
 * Below it every cell is drawn, so the prerendered page and the hydrated one are the same.
 */
export const WINDOW_MIN_CELLS = 1000

/** Rows and columns drawn beyond each edge of the viewport, so a short scroll shows no gap. */
const OVERSCAN = 2

export function isWindowed(layout: MatrixLayout): boolean {
  return layout.rows.length * layout.columns.length > WINDOW_MIN_CELLS
}

const byRowY = bisector((row: LaidRow) => row.y)
const byColumnX = bisector((column: LaidColumn) => column.x)

/** Which rows and columns meet the viewport; every one when `viewport` is null. */
export function matrixWindow(layout: MatrixLayout, viewport: Viewport | null): MatrixWindow {
  const { rows, cellSize } = layout
  if (!viewport) return { rows: [0, rows.length], columns: [0, layout.columns.length] }
  // Right to left, columns run leftwards: search them (and the view) measured from the right.
  const mirrored = layout.direction === 'rtl'
  const columns = mirrored
    ? layout.columns.map((c) => ({ ...c, x: layout.width - c.x - cellSize }))
    : layout.columns
  const left = mirrored ? layout.width - viewport.left - viewport.width : viewport.left
  const range = (first: number, end: number, count: number): [number, number] => [
    Math.max(0, first - OVERSCAN),
    Math.min(count, end + OVERSCAN),
  ]
  return {
    rows: range(
      byRowY.left(rows, viewport.top - cellSize),
      byRowY.right(rows, viewport.top + viewport.height),
      rows.length,
    ),
    columns: range(
      byColumnX.left(columns, left - cellSize),
      byColumnX.right(columns, left + viewport.width),
      columns.length,
    ),
  }
}

/** True when an index lies in a `[first, end)` range. */
export const inRange = (index: number, [first, end]: [number, number]) =>
  index >= first && index < end
