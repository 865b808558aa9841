import type { Side } from '../../data/vocabularies.ts'
import type { MatrixModel } from '../../model/matrixModel.ts'
import { safeTextWidth } from '../textWidth.ts'
import { columnLabelLines, type MeasureTitles } from './columnLabel.ts'
import { type Direction, mirrorLayout } from './mirrorLayout.ts'

/** Sizes the matrix is drawn at (px). */
export const MATRIX_SIZES = {
  font: 13,
  minCell: 32,
  maxCell: 56,
  topicGap: 10,
  groupLabel: 24,
  /** A column title wider than this (px) gives way to the measure's short title, or wraps. */
  maxHeaderWidth: 200,
  /** Between the lines of a column title on two lines (px). */
  lineHeight: 16,
  /** Where a row's name starts, after the party's colour chip (px). */
  rowLabelX: 14,
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
  columnTitles: (measureId: string) => MeasureTitles
  groupLabel: ((side: Side) => string) | null
  /** Right to left: row headers at the right, columns from right to left (default left to right). */
  direction?: Direction
}

export type LaidRow = { index: number; partyId: string; side: Side; y: number; label: string }
export type LaidColumn = {
  index: number
  measureId: string
  topicId: string
  x: number
  /** The title as drawn: the whole title or its short form, on one line or two. */
  lines: string[]
  /** The whole title, for screen readers and the card. */
  fullLabel: string
}
export type LaidGroup = { side: Side; y: number; label: string }
export type LaidTopic = { topicId: string; x0: number; x1: number }

/**
 * The matrix positioned: plain numbers React can draw. A cell sits at its column's x and its
 * row's y; cells are not laid out one by one (a large matrix has 50 000 of them).
 */
export type MatrixLayout = {
  /** Which side the row headers stand on, and which way the titles lean. */
  direction: Direction
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
export function matrixLayout(
  model: Pick<MatrixModel, 'rows' | 'columns'>,
  input: MatrixLayoutInput,
): MatrixLayout {
  const { font, minCell, maxCell, topicGap, groupLabel, headerAngle, lineHeight } = MATRIX_SIZES
  const rowLabels = model.rows.map((row) => input.rowLabel(row.party.id))
  // As wide as the longest name needs, in bold (coalition rows) and with the reader's own text
  // spacing, so no name runs into the first cell ("Grünen/Bündnis" included).
  const rowHeaderWidth = Math.ceil(
    Math.max(
      48,
      ...rowLabels.map((l) => MATRIX_SIZES.rowLabelX + safeTextWidth(l, font, true) + 6),
    ),
  )

  const topicIds = [...new Set(model.columns.map((c) => c.topicId))]
  const gaps = Math.max(0, topicIds.length - 1) * topicGap
  const titles = model.columns.map((c) => input.columnTitles(c.measure.id))
  const radians = (headerAngle * Math.PI) / 180
  const labelsFor = (twoLines: boolean) =>
    titles.map((t) =>
      columnLabelLines(t, { maxWidth: MATRIX_SIZES.maxHeaderWidth, fontSize: font, twoLines }),
    )
  const longestOf = (labels: string[][]) =>
    Math.max(0, ...labels.flat().map((line) => safeTextWidth(line, font)))
  // The last label leans right past the grid; reserve room so it is never clipped.
  const oneLine = labelsFor(false)
  const available =
    input.width - rowHeaderWidth - gaps - Math.ceil(longestOf(oneLine) * Math.cos(radians)) - 8
  const cellSize = Math.floor(
    Math.min(maxCell, Math.max(minCell, available / Math.max(1, model.columns.length))),
  )
  // Two lines side by side need the columns that far apart, measured across the slant.
  const twoLines = cellSize * Math.sin(radians) >= 2 * lineHeight + 4
  const labels = twoLines ? labelsFor(true) : oneLine
  const longest = longestOf(labels)
  const extraLines = Math.max(0, ...labels.map((l) => l.length - 1)) * lineHeight
  const headerHeight = Math.ceil(longest * Math.sin(radians) + 24 + extraLines)
  const overhang = Math.ceil(longest * Math.cos(radians) + extraLines)

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
    lines: labels[index] ?? [],
    fullLabel: titles[index]?.title ?? '',
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
  const layout: MatrixLayout = {
    direction: 'ltr',
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
  return input.direction === 'rtl' ? mirrorLayout(layout) : layout
}

/**
 * Where a slanted column title is drawn: its first line's start, and the rotation about it;
 * each further line sits `MATRIX_SIZES.lineHeight` below across the slant. The start is lifted
 * for a second line so that line begins where a single one would, clear of the topic rule.
 */
export function columnTitleAnchor(
  column: LaidColumn,
  layout: Pick<MatrixLayout, 'cellSize' | 'headerHeight' | 'direction'>,
): { x: number; y: number; rotate: string } {
  const { lineHeight } = MATRIX_SIZES
  // Right to left, a title leans up and to the left, from its end (where a Hebrew line starts).
  const headerAngle =
    layout.direction === 'rtl' ? -MATRIX_SIZES.headerAngle : MATRIX_SIZES.headerAngle
  const x = column.x + layout.cellSize / 2
  const y =
    layout.headerHeight -
    12 -
    (column.lines.length - 1) * lineHeight * Math.cos((headerAngle * Math.PI) / 180)
  return { x, y, rotate: `rotate(${-headerAngle} ${x} ${y})` }
}
