import type { Side } from '../../data/vocabularies.ts'
import type { MatrixModel } from '../../model/matrixModel.ts'
import type { MeasureTitles } from './columnLabel.ts'
import type { GridFocus } from './gridFocus.ts'
import { MATRIX_SIZES, type MatrixLayout } from './layout.ts'
import { WINDOW_MIN_CELLS } from './matrixWindow.ts'
import { groupsFitOver } from './turnedGroups.ts'

/** The most parties the turned matrix takes as columns; six fit a 320 px phone. */
export const MAX_TURNED_PARTIES = 8

/** Above this many parties the turned matrix draws its columns tighter on a phone (TurnedMatrix.css). */
export const ROOMY_PARTIES = 6

/**
 * Container widths (px) below which the turned matrix replaces the slanted one: the slanted
 * one is laid out `MATRIX_SIZES.widest` wide and shows only where all of it fits. Each has a
 * container query in MatrixStage.css (`.turn-below-<width>`).
 */
export const TURN_BREAKPOINTS = [MATRIX_SIZES.widest, 800, 960, 1120] as const

/** True when the matrix may be drawn turned on narrow frames: few parties, every cell drawn. */
export function canTurn(model: MatrixModel): boolean {
  const cells = model.rows.length * model.columns.length
  return (
    model.rows.length <= MAX_TURNED_PARTIES && model.columns.length > 0 && cells <= WINDOW_MIN_CELLS
  )
}

/**
 * The class that picks the orientation by the space the matrix has (a container query, so the
 * prerendered page is right at every width): below the first breakpoint the slanted layout
 * fits in, turned. A slanted layout wider than every breakpoint is always turned.
 */
export function turnClass(layout: MatrixLayout): string {
  const breakpoint = TURN_BREAKPOINTS.find((width) => layout.width <= width)
  return breakpoint === undefined ? 'turn-always' : `turn-below-${breakpoint}`
}

/** A measure as a row of the turned matrix; `topicStart` opens a new topic. */
export type TurnedRow = MeasureTitles & { measureId: string; topicStart: boolean }
/** A party as a column of the turned matrix; `groupStart` opens a side (coalition, negotiating, support, opposition). */
export type TurnedColumn = { partyId: string; side: Side; label: string; groupStart: boolean }
/** A side's label over its columns: `span` columns from column `first`. */
export type TurnedGroup = { side: Side; label: string; first: number; span: number }

/**
 * The matrix turned a quarter: measures as rows, parties as columns (for narrow frames).
 * `stackedGroups`: the side labels go on a line each (see groupsFitOver).
 */
export type TurnedMatrix = {
  rows: TurnedRow[]
  columns: TurnedColumn[]
  groups: TurnedGroup[]
  stackedGroups: boolean
}

/** Turns the laid-out matrix: its columns become rows and its rows columns, in the same order. */
export function turnMatrix(
  layout: MatrixLayout,
  titles: (measureId: string) => MeasureTitles,
): TurnedMatrix {
  const grouped = layout.groups.length > 0
  const rows = layout.columns.map((column, i) => ({
    ...titles(column.measureId),
    measureId: column.measureId,
    topicStart: i > 0 && layout.columns[i - 1]?.topicId !== column.topicId,
  }))
  const columns = layout.rows.map((row, i) => ({
    partyId: row.partyId,
    side: row.side,
    label: row.label,
    groupStart: grouped && i > 0 && layout.rows[i - 1]?.side !== row.side,
  }))
  const groups: TurnedGroup[] = []
  if (grouped)
    columns.forEach((column, first) => {
      const last = groups.at(-1)
      // Counting a group's columns on the object just pushed: it is this function's own.
      if (last && last.side === column.side) last.span += 1
      else {
        const label = layout.groups.find((g) => g.side === column.side)?.label ?? column.side
        groups.push({ side: column.side, label, first, span: 1 })
      }
    })
  return { rows, columns, groups, stackedGroups: !groupsFitOver(groups) }
}

/** A party's short name in parts that may break after a slash ("CDU/" "CSU"), for a narrow column. */
export function nameParts(label: string): string[] {
  return label.split(/(?<=\/)/)
}

/**
 * A place in the turned grid from a place in the slanted one, and back: the turned grid's
 * rows are the slanted grid's columns, so arrow keys move as the reader sees the grid.
 */
export function transposeFocus(focus: GridFocus): GridFocus {
  return { row: focus.column, column: focus.row }
}
