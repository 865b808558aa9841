import type { MatrixLayout } from './layout.ts'

/** The way a page reads: the matrix's row headers stand where its lines begin. */
export type Direction = 'ltr' | 'rtl'

/**
 * The matrix read right to left: every x flipped about the drawing's middle, so the row
 * headers stand at the right, the first column next to them and the slanted titles lean left.
 * Rows, their order and every y stay; the components read `direction` to flip their anchors.
 */
export function mirrorLayout(layout: MatrixLayout): MatrixLayout {
  const { width, cellSize } = layout
  return {
    ...layout,
    direction: 'rtl',
    // A column's x is its left edge: mirrored, the left edge is where its right edge went.
    columns: layout.columns.map((column) => ({ ...column, x: width - column.x - cellSize })),
    topics: layout.topics.map((topic) => ({
      ...topic,
      x0: width - topic.x1,
      x1: width - topic.x0,
    })),
  }
}

/** Where a mark starting `x` px from the line's start is drawn, in a drawing `width` px wide. */
export function fromLineStart(layout: Pick<MatrixLayout, 'direction' | 'width'>, x: number) {
  return layout.direction === 'rtl' ? layout.width - x : x
}
