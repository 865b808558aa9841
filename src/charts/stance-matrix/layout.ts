import type { Side } from '../../data/vocabularies.ts'
import type { MatrixModel } from '../../model/matrixModel.ts'
import { estimateTextWidth, truncateLabel } from '../textWidth.ts'

/** Sizes the matrix is drawn at (px). */
export const MATRIX_SIZES = {
  font: 13,
  minCell: 32,
  maxCell: 56,
  topicGap: 10,
  groupLabel: 24,
  maxHeaderChars: 36,
  /** Column headers are rotated so neighbours never overlap, whatever the width. */
  headerAngle: 50,
  /**
   * The widest the matrix is laid out: a wider frame draws the same matrix. The prerendered
   * page is drawn at this width, so on any screen whose frame is at least this wide (tablets
   * upright, desktops) hydration changes nothing and the matrix does not jump.
   */
  widest: 720,
} as const

/** What the layout needs to know besides the model: space and the words to show. */
export type MatrixLayoutInput = {
  width: number
  rowLabel: (partyId: string) => string
  columnLabel: (measureId: string) => string
  groupLabel: ((side: Side) => string) | null
}

export type LaidRow = { index: number; partyId: string; side: Side; y: number; label: string }
export type LaidColumn = {
  index: number
  measureId: string
  topicId: string
  x: number
  label: string
  fullLabel: string
}
export type LaidGroup = { side: Side; y: number; label: string }
export type LaidTopic = { topicId: string; x0: number; x1: number }

/**
 * The matrix positioned: plain numbers React can draw. A cell sits at its column's x and its
 * row's y; cells are not laid out one by one (a large matrix has 50 000 of them).
 */
export type MatrixLayout = {
  width: number
  height: number
  cellSize: number
  rowHeaderWidth: number
  headerHeight: number
  rows: LaidRow[]
  columns: LaidColumn[]
  groups: LaidGroup[]
  topics: LaidTopic[]
}

/** Places headers and cells; the matrix scrolls sideways rather than squeezing cells below a tap target. */
export function matrixLayout(model: MatrixModel, input: MatrixLayoutInput): MatrixLayout {
  const { font, minCell, maxCell, topicGap, groupLabel, maxHeaderChars, headerAngle } = MATRIX_SIZES
  const rowLabels = model.rows.map((row) => input.rowLabel(row.party.id))
  const rowHeaderWidth = Math.ceil(
    Math.max(48, ...rowLabels.map((l) => estimateTextWidth(l, font) + 16)),
  )

  const topicIds = [...new Set(model.columns.map((c) => c.topicId))]
  const gaps = Math.max(0, topicIds.length - 1) * topicGap
  const fullLabels = model.columns.map((c) => input.columnLabel(c.measure.id))
  const labels = fullLabels.map((l) => truncateLabel(l, maxHeaderChars))
  const longest = Math.max(0, ...labels.map((l) => estimateTextWidth(l, font)))
  const radians = (headerAngle * Math.PI) / 180
  const headerHeight = Math.ceil(longest * Math.sin(radians) + 24)
  // The last label leans right past the grid; reserve room so it is never clipped.
  const overhang = Math.ceil(longest * Math.cos(radians))
  const available = input.width - rowHeaderWidth - gaps - overhang - 8
  const cellSize = Math.floor(
    Math.min(maxCell, Math.max(minCell, available / Math.max(1, model.columns.length))),
  )

  const topicIndex = new Map(topicIds.map((id, i) => [id, i]))
  // Once per column: every cell of a column shares its x. Columns are equal steps of one cell
  // plus a gap per topic: no d3 band scale here, since the bundler cannot split d3-scale's
  // one-file build, and the band scale would bring the continuous scales the sections under
  // the matrix use (with d3-interpolate, d3-color and d3-format: ~8 kB gzip) into the first view.
  const columnX = model.columns.map(
    (c, index) => rowHeaderWidth + index * cellSize + (topicIndex.get(c.topicId) ?? 0) * topicGap,
  )
  const columns = model.columns.map((c, index) => ({
    index,
    measureId: c.measure.id,
    topicId: c.topicId,
    x: columnX[index] ?? 0,
    label: labels[index] ?? '',
    fullLabel: fullLabels[index] ?? '',
  }))

  const grouped = input.groupLabel !== null
  const groups: LaidGroup[] = []
  const rows: LaidRow[] = []
  let y = headerHeight
  model.rows.forEach((row, index) => {
    if (grouped && input.groupLabel && row.party.side !== model.rows[index - 1]?.party.side) {
      groups.push({ side: row.party.side, y, label: input.groupLabel(row.party.side) })
      y += groupLabel
    }
    rows.push({
      index,
      partyId: row.party.id,
      side: row.party.side,
      y,
      label: rowLabels[index] ?? '',
    })
    y += cellSize
  })

  const topics = topicIds.map((topicId) => {
    const inTopic = columns.filter((c) => c.topicId === topicId)
    return { topicId, x0: inTopic[0]?.x ?? 0, x1: (inTopic.at(-1)?.x ?? 0) + cellSize }
  })
  const gridRight = (columns.at(-1)?.x ?? rowHeaderWidth) + cellSize
  return {
    width: Math.max(input.width, gridRight + overhang + 4),
    height: y + 4,
    cellSize,
    rowHeaderWidth,
    headerHeight,
    rows,
    columns,
    groups,
    topics,
  }
}
