import type { Direction } from './mirrorLayout.ts'

/** A place in the matrix grid; row -1 is the column headers, column -1 the row headers. */
export type GridFocus = { row: number; column: number }
export type GridSize = { rows: number; columns: number }

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

// Right to left the grid's columns run leftwards: ArrowLeft goes on to the next column (WAI-ARIA APG).
const MIRRORED_KEYS: Record<string, string> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' }

/**
 * Where focus goes for a key, or `null` if the key is not a move. Pure, so the roving focus
 * can be tested without a browser. The header corner (-1, -1) is never a stop. Arrows follow
 * what the reader sees: in a right-to-left grid, ArrowLeft moves towards the end of the row.
 */
export function moveGridFocus(
  focus: GridFocus,
  pressed: string,
  size: GridSize,
  ctrl = false,
  direction: Direction = 'ltr',
): GridFocus | null {
  const key = direction === 'rtl' ? (MIRRORED_KEYS[pressed] ?? pressed) : pressed
  const lastRow = size.rows - 1
  const lastColumn = size.columns - 1
  let next: GridFocus
  switch (key) {
    case 'ArrowUp':
      next = { row: focus.row - 1, column: focus.column }
      break
    case 'ArrowDown':
      next = { row: focus.row + 1, column: focus.column }
      break
    case 'ArrowLeft':
      next = { row: focus.row, column: focus.column - 1 }
      break
    case 'ArrowRight':
      next = { row: focus.row, column: focus.column + 1 }
      break
    case 'Home':
      next = ctrl ? { row: 0, column: 0 } : { row: focus.row, column: focus.row === -1 ? 0 : -1 }
      break
    case 'End':
      next = ctrl ? { row: lastRow, column: lastColumn } : { row: focus.row, column: lastColumn }
      break
    default:
      return null
  }
  next = { row: clamp(next.row, -1, lastRow), column: clamp(next.column, -1, lastColumn) }
  if (next.row === -1 && next.column === -1) return focus
  return next
}

/** Keeps a remembered focus inside a grid that shrank (fewer topics, other phase). */
export function clampGridFocus(focus: GridFocus, size: GridSize): GridFocus {
  const next = {
    row: clamp(focus.row, -1, Math.max(-1, size.rows - 1)),
    column: clamp(focus.column, -1, Math.max(-1, size.columns - 1)),
  }
  return next.row === -1 && next.column === -1 ? { row: 0, column: 0 } : next
}

/** Whether two places are the same. */
export const sameFocus = (a: GridFocus, b: GridFocus): boolean =>
  a.row === b.row && a.column === b.column
