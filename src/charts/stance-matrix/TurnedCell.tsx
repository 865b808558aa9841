import { memo } from 'react'
import { CellMarks, cellClasses, type cellLook } from './CellMarks.tsx'
import './CellMarks.css'
import './TurnedMatrix.css'

/** The cell drawing's own units; CSS sets the size it is shown at. */
const CELL = 40

/** What a cell tells its grid: focus, hover or click, by the turned grid's row and column. */
export type CellEvent = 'focus' | 'hover' | 'click'

type CellProps = ReturnType<typeof cellLook> & {
  /** Changed by the live update just applied. */
  updated: boolean
  row: number
  column: number
  groupStart: boolean
  inSelection: boolean
  name: string
  tabIndex: number
  open: boolean
  onCellEvent: (type: CellEvent, row: number, column: number) => void
}

/** One cell of the turned grid: the slanted grid's drawing, in a small SVG of its own. */
export const TurnedCell = memo(function TurnedCell(props: CellProps) {
  const { row, column, value, confidence, changed, updated, carried, open, onCellEvent } = props
  const classes = [
    cellClasses({ value, confidence, changed, updated, carried, open }),
    props.groupStart ? 'turned-group-start' : '',
    props.inSelection ? 'is-in-selection' : '',
  ]
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the grid's own key handler opens the cell
    <td
      role="gridcell"
      tabIndex={props.tabIndex}
      aria-label={props.name}
      aria-expanded={open}
      className={classes.filter(Boolean).join(' ')}
      onFocus={() => onCellEvent('focus', row, column)}
      onMouseEnter={() => onCellEvent('hover', row, column)}
      onClick={() => onCellEvent('click', row, column)}
    >
      <svg className="turned-cell" viewBox={`0 0 ${CELL} ${CELL}`} aria-hidden="true">
        {/* The focus ring is the SVG's outline (CSS): one element less in every cell. */}
        <CellMarks
          x={0}
          y={0}
          size={CELL}
          inset={3}
          value={value}
          changed={changed}
          carried={carried}
          ring={false}
        />
      </svg>
    </td>
  )
})
