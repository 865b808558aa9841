import { atTheTable } from '../../data/vocabularies.ts'
import type { GridFocus } from './gridFocus.ts'
import { ColumnHeaderMarks, headerClass, RowHeaderMarks, TopicRules } from './HeaderMarks.tsx'
import type { LaidColumn, LaidRow, MatrixLayout } from './layout.ts'
import { fromLineStart } from './mirrorLayout.ts'
import './StanceMatrix.css'
import './MatrixStage.css'

type Props = {
  layout: MatrixLayout
  rows: readonly LaidRow[]
  columns: readonly LaidColumn[]
  /** The grid's focused header, mirrored here since these copies cover the real one. */
  focusedHeader: GridFocus | null
  selectedParty: string | null
  selectedMeasure: string | null
  partyColour: (partyId: string) => { light: string; dark: string }
  onSelectParty: (partyId: string) => void
  onSelectMeasure: (measureId: string) => void
}

/**
 * Copies of a large matrix's row and column headers that stay in view while its frame scrolls
 * (CSS sticky, so they move with the scroll, not a frame behind it). Hidden from screen readers
 * and out of the tab order: the grid's own headers, under them, carry the names and the keys.
 */
export function FrozenHeaders(props: Props) {
  const { layout } = props
  const { rowHeaderWidth, headerHeight } = layout
  // The row headers' copy shows the grid's header strip: at its right edge when right to left.
  const rowsLeft = layout.direction === 'rtl' ? layout.width - rowHeaderWidth : 0
  const isFocused = (row: number, column: number) =>
    props.focusedHeader?.row === row && props.focusedHeader.column === column
  return (
    <>
      <svg
        className="matrix-frozen matrix-frozen-columns"
        width={layout.width}
        height={headerHeight}
        direction={layout.direction}
        aria-hidden="true"
      >
        <rect className="matrix-frozen-bg" width={layout.width} height={headerHeight} />
        <TopicRules layout={layout} />
        {props.columns.map((column) => (
          // biome-ignore lint/a11y/noStaticElementInteractions: a mouse shortcut; keys reach the grid's own header below
          <g
            key={column.measureId}
            className={`${headerClass(props.selectedMeasure === column.measureId)}${isFocused(-1, column.index) ? ' is-focused' : ''}`}
            onClick={() => props.onSelectMeasure(column.measureId)}
          >
            <ColumnHeaderMarks column={column} layout={layout} />
          </g>
        ))}
      </svg>
      <svg
        className="matrix-frozen matrix-frozen-rows"
        width={rowHeaderWidth}
        height={layout.height}
        viewBox={`${rowsLeft} 0 ${rowHeaderWidth} ${layout.height}`}
        direction={layout.direction}
        aria-hidden="true"
      >
        <rect
          className="matrix-frozen-bg"
          x={rowsLeft}
          width={rowHeaderWidth}
          height={layout.height}
        />
        {layout.groups.map((group) => (
          <text
            key={group.side}
            className="matrix-group-label"
            x={fromLineStart(layout, 4)}
            y={group.y + 16}
          >
            {group.label}
          </text>
        ))}
        {props.rows.map((row) => (
          // biome-ignore lint/a11y/noStaticElementInteractions: a mouse shortcut; keys reach the grid's own header below
          <g
            key={row.partyId}
            className={`${headerClass(props.selectedParty === row.partyId, atTheTable(row.side))}${isFocused(row.index, -1) ? ' is-focused' : ''}`}
            onClick={() => props.onSelectParty(row.partyId)}
          >
            {props.selectedParty === row.partyId && (
              <rect
                className="matrix-selection"
                x={rowsLeft}
                width={rowHeaderWidth}
                y={row.y}
                height={layout.cellSize}
              />
            )}
            <RowHeaderMarks row={row} layout={layout} colour={props.partyColour(row.partyId)} />
          </g>
        ))}
      </svg>
      <svg
        className="matrix-frozen matrix-frozen-corner"
        width={rowHeaderWidth}
        height={headerHeight}
        aria-hidden="true"
      >
        <rect className="matrix-frozen-bg" width={rowHeaderWidth} height={headerHeight} />
      </svg>
    </>
  )
}
