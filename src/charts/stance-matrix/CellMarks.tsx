import type { StanceValue } from '../../data/vocabularies.ts'
import type { MatrixCell } from '../../model/matrixModel.ts'
import { STANCE_GLYPHS } from '../stancePalette.ts'
import './CellMarks.css'

type Props = {
  x: number
  y: number
  size: number
  /** Room between the focus ring and the mark. */
  inset: number
  /** The position shown, or `null` for a measure not yet on the table. */
  value: StanceValue | null
  changed: boolean
  /** Shown from an earlier report: drawn lighter (CSS), with a corner mark. */
  carried: boolean
  /** Draws the focus ring as a mark (where CSS cannot outline the cell). */
  ring?: boolean
}

/**
 * What a cell draws, in SVG: its focus ring, the mark with its glyph (or the dash of "not yet
 * on the table"), the changed dot and the carried corner. The slanted matrix draws it in its
 * grid, the turned one in a small SVG per table cell: both look the same, from one drawing.
 */
export function CellMarks({ x, y, size, inset, value, changed, carried, ring = true }: Props) {
  return (
    <>
      {ring && (
        <rect className="cell-ring" x={x + 1} y={y + 1} width={size - 2} height={size - 2} rx={4} />
      )}
      {value ? (
        <>
          <rect
            className="cell-mark"
            x={x + inset + 1}
            y={y + inset + 1}
            width={size - 2 * inset - 2}
            height={size - 2 * inset - 2}
            rx={3}
          />
          <text className="cell-glyph" x={x + size / 2} y={y + size / 2}>
            {STANCE_GLYPHS[value]}
          </text>
        </>
      ) : (
        <line
          className="cell-absent"
          x1={x + size / 2 - 4}
          x2={x + size / 2 + 4}
          y1={y + size / 2}
          y2={y + size / 2}
        />
      )}
      {changed && (
        <circle className="cell-changed" cx={x + size - inset - 2} cy={y + inset + 2} r={4} />
      )}
      {carried && <CarriedCorner x={x + size - inset - 1} y={y + size - inset - 1} />}
    </>
  )
}

/** The corner mark of a carried cell: a small triangle tucked into the mark's lower right corner. */
export function CarriedCorner({ x, y }: { x: number; y: number }) {
  return <path className="cell-carried" d={`M${x} ${y - 9}L${x} ${y}L${x - 9} ${y}Z`} />
}

/** The classes of a cell: its position, confidence and state, which the stylesheet draws. */
export function cellClasses(cell: {
  value: StanceValue | null
  confidence: string | undefined
  changed: boolean
  /** Changed by the live update just applied. */
  updated?: boolean
  carried: boolean
  open: boolean
}): string {
  return [
    'cell',
    cell.value ? `pos-${cell.value}` : 'not-on-table',
    `conf-${cell.confidence ?? 'none'}`,
    cell.changed ? 'is-changed' : '',
    cell.updated ? 'is-updated' : '',
    cell.carried ? 'is-carried' : '',
    cell.open ? 'is-open' : '',
  ]
    .filter(Boolean)
    .join(' ')
}

/** What a model cell looks like: the values the drawing and its classes need. */
export function cellLook({ cell, changed }: MatrixCell) {
  const stance = cell.kind === 'stance'
  return {
    value: stance ? cell.value : null,
    confidence: stance ? cell.stance?.confidence : undefined,
    changed,
    carried: stance && cell.carried,
  }
}
