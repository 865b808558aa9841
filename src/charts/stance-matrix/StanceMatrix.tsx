import {
  type KeyboardEvent,
  memo,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react'
import type { Confidence, StanceValue } from '../../data/vocabularies.ts'
import { atTheTable } from '../../data/vocabularies.ts'
import { UpdatedCells, updatedCellKey } from '../../hooks/updatedCells.ts'
import type { MatrixCell } from '../../model/matrixModel.ts'
import type { CellRef } from '../../state/uiStore.ts'
import type { LanguageMark } from '../../ui/chromeLanguage.ts'
import { CellMarks, cellClasses, cellLook } from './CellMarks.tsx'
import { FrozenHeaders } from './FrozenHeaders.tsx'
import { focusedByPointer } from './focusedByPointer.ts'
import { type GridFocus, moveGridFocus } from './gridFocus.ts'
import { ColumnHeaderMarks, headerClass, RowHeaderMarks, TopicRules } from './HeaderMarks.tsx'
import type { LaidColumn, LaidRow, MatrixLayout } from './layout.ts'
import { inRange, matrixWindow, type Viewport } from './matrixWindow.ts'
import { fromLineStart } from './mirrorLayout.ts'
import './StanceMatrix.css'

type Props = {
  layout: MatrixLayout
  /** The model's cells, row-major: `cells[row * columns + column]`. */
  cells: readonly MatrixCell[]
  titleId: string
  summaryId: string
  focus: GridFocus
  selectedParty: string | null
  selectedMeasure: string | null
  openCell: CellRef | null
  partyColour: (partyId: string) => { light: string; dark: string }
  /** What part of the matrix is in view; `null` draws every cell. */
  viewport: Viewport | null
  /** Screen-reader name of a cell, by row and column index. */
  cellName: (row: number, column: number) => string
  rowName: (row: LaidRow) => string
  columnName: (column: LaidColumn) => string
  /** `byPointer`: focus came with a press, not a key (the tab stop may follow a frame late). */
  onFocusChange: (focus: GridFocus, byPointer?: boolean) => void
  onPreview: (cell: CellRef | null) => void
  onActivate: (cell: CellRef) => void
  onSelectParty: (partyId: string) => void
  onSelectMeasure: (measureId: string) => void
  onEscape: () => void
  /** The language of the interface's words (the side labels), where they are not the page's. */
  chrome: LanguageMark
}

const key = (row: number, column: number) => `${row},${column}`

/**
 * Draws the stance matrix from its layout: an ARIA grid with one tab stop and roving focus.
 * A large matrix draws only the rows and columns in view, plus the focused cell's, and tells
 * screen readers the full size with aria-rowcount and aria-colcount.
 */
export function StanceMatrix(props: Props) {
  const { layout, focus } = props
  const svgRef = useRef<SVGSVGElement>(null)
  const { cellSize } = layout
  const inset = 3
  const shown = matrixWindow(layout, props.viewport)
  const rowShown = (row: number) => row === focus.row || inRange(row, shown.rows)
  const columnShown = (column: number) => column === focus.column || inRange(column, shown.columns)
  const shownColumns = layout.columns.filter((c) => columnShown(c.index))
  const windowed = props.viewport !== null
  // Cells a live update just changed (src/app/useLiveDataset.ts): marked once.
  const updatedCells = useContext(UpdatedCells)

  // Frozen header copies cover the real headers; they show the keyboard focus ring instead.
  const [keyboardFocusInGrid, setKeyboardFocusInGrid] = useState(false)
  useEffect(() => {
    if (!windowed) return
    // Heard on the document, not on the <svg>: Chromium makes an SVG element with focus
    // listeners of its own a tab stop.
    const follow = (event: FocusEvent) => {
      const svg = svgRef.current
      const target = event.target as Element
      if (!svg?.contains(target)) return
      const inside = event.type === 'focusin' || svg.contains(event.relatedTarget as Node)
      setKeyboardFocusInGrid(inside && target.matches(':focus-visible'))
    }
    document.addEventListener('focusin', follow)
    document.addEventListener('focusout', follow)
    return () => {
      document.removeEventListener('focusin', follow)
      document.removeEventListener('focusout', follow)
    }
  }, [windowed])

  // A key can move focus to a cell that is not drawn yet: focus it once it is.
  const pendingFocus = useRef<string | null>(null)
  useLayoutEffect(() => {
    if (!pendingFocus.current) return
    svgRef.current?.querySelector<SVGGElement>(`[data-grid="${pendingFocus.current}"]`)?.focus()
    pendingFocus.current = null
  })

  const refFor = (row: number, column: number): CellRef | null => {
    const partyId = layout.rows[row]?.partyId
    const measureId = layout.columns[column]?.measureId
    return partyId && measureId ? { party: partyId, measure: measureId } : null
  }

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const size = { rows: layout.rows.length, columns: layout.columns.length }
    const ctrl = event.ctrlKey || event.metaKey
    const next = moveGridFocus(focus, event.key, size, ctrl, layout.direction)
    if (next) {
      event.preventDefault()
      props.onFocusChange(next)
      // Move DOM focus with the roving tabindex so screen readers follow.
      const target = svgRef.current?.querySelector<SVGGElement>(
        `[data-grid="${key(next.row, next.column)}"]`,
      )
      if (target) target.focus()
      else pendingFocus.current = key(next.row, next.column)
      return
    }
    if (event.key === 'Escape') {
      props.onEscape()
      return
    }
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    if (focus.row === -1) props.onSelectMeasure(layout.columns[focus.column]?.measureId ?? '')
    else if (focus.column === -1) props.onSelectParty(layout.rows[focus.row]?.partyId ?? '')
    else {
      const ref = refFor(focus.row, focus.column)
      if (ref) props.onActivate(ref)
    }
  }

  // One stable handler for every cell, reading the latest props, so memoised cells skip
  // re-rendering when only the hover, the focus or a selection elsewhere changes.
  const latest = useRef(props)
  latest.current = props
  const onCellEvent = useCallback((type: CellEventType, row: number, column: number) => {
    const current = latest.current
    const partyId = current.layout.rows[row]?.partyId
    const measureId = current.layout.columns[column]?.measureId
    const ref = partyId && measureId ? { party: partyId, measure: measureId } : null
    if (type === 'focus') {
      current.onFocusChange({ row, column }, focusedByPointer())
      current.onPreview(ref)
    } else if (type === 'hover') current.onPreview(ref)
    else if (ref) current.onActivate(ref)
  }, [])

  const tabIndex = (row: number, column: number) =>
    focus.row === row && focus.column === column ? 0 : -1

  return (
    <>
      <svg
        ref={svgRef}
        className="stance-matrix"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        direction={layout.direction}
        role="grid"
        aria-rowcount={layout.rows.length + 1}
        aria-colcount={layout.columns.length + 1}
        aria-labelledby={props.titleId}
        aria-describedby={props.summaryId}
        onKeyDown={onKeyDown}
        onMouseLeave={() => props.onPreview(null)}
      >
        {props.selectedParty &&
          layout.rows
            .filter((r) => r.partyId === props.selectedParty)
            .map((r) => (
              <rect
                key={`sel-row-${r.partyId}`}
                className="matrix-selection"
                x={0}
                y={r.y}
                width={layout.width}
                height={cellSize}
              />
            ))}
        {props.selectedMeasure &&
          layout.columns
            .filter((c) => c.measureId === props.selectedMeasure)
            .map((c) => (
              <rect
                key={`sel-col-${c.measureId}`}
                className="matrix-selection"
                x={c.x}
                y={layout.headerHeight}
                width={cellSize}
                height={layout.height - layout.headerHeight}
              />
            ))}
        <TopicRules layout={layout} />
        <g role="rowgroup">
          <g role="row" aria-rowindex={1}>
            {shownColumns.map((column) => (
              <g
                key={column.measureId}
                role="columnheader"
                aria-colindex={column.index + 2}
                data-grid={key(-1, column.index)}
                tabIndex={tabIndex(-1, column.index)}
                aria-label={props.columnName(column)}
                aria-selected={props.selectedMeasure === column.measureId}
                className={headerClass(props.selectedMeasure === column.measureId)}
                onClick={() => props.onSelectMeasure(column.measureId)}
                onFocus={() =>
                  props.onFocusChange({ row: -1, column: column.index }, focusedByPointer())
                }
              >
                <ColumnHeaderMarks column={column} layout={layout} />
              </g>
            ))}
          </g>
        </g>
        {groupRows(layout).map(({ label, side, rows }) => (
          <g role="rowgroup" key={side + (rows[0]?.index ?? 0)} aria-label={label ?? undefined}>
            {label && rows.some((row) => rowShown(row.index)) && (
              // Hidden from AT: the group's aria-label and each row header already say the side.
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a line of text, never focused
              <text
                className="matrix-group-label"
                lang={props.chrome.lang}
                x={fromLineStart(layout, 4)}
                y={(rows[0]?.y ?? 0) - 8}
                aria-hidden="true"
              >
                {label}
              </text>
            )}
            {rows.map((row) => {
              if (!rowShown(row.index)) return null
              const selected = props.selectedParty === row.partyId
              const rowStart = row.index * layout.columns.length
              return (
                <g role="row" key={row.partyId} aria-rowindex={row.index + 2}>
                  <g
                    role="rowheader"
                    aria-colindex={1}
                    data-grid={key(row.index, -1)}
                    tabIndex={tabIndex(row.index, -1)}
                    aria-label={props.rowName(row)}
                    aria-selected={selected}
                    className={headerClass(selected, atTheTable(row.side))}
                    onClick={() => props.onSelectParty(row.partyId)}
                    onFocus={() =>
                      props.onFocusChange({ row: row.index, column: -1 }, focusedByPointer())
                    }
                  >
                    <RowHeaderMarks
                      row={row}
                      layout={layout}
                      colour={props.partyColour(row.partyId)}
                    />
                  </g>
                  {/* Cells are row-major, so a cell is an index, not a search over every cell. */}
                  {shownColumns.map((column) => {
                    const c = props.cells[rowStart + column.index]
                    if (!c) return null
                    return (
                      <Cell
                        key={c.column}
                        x={column.x}
                        y={row.y}
                        row={c.row}
                        column={c.column}
                        {...cellLook(c)}
                        updated={updatedCells.has(updatedCellKey(row.partyId, column.measureId))}
                        size={cellSize}
                        inset={inset}
                        name={props.cellName(c.row, c.column)}
                        tabIndex={tabIndex(c.row, c.column)}
                        open={
                          props.openCell?.party === row.partyId &&
                          props.openCell.measure === layout.columns[c.column]?.measureId
                        }
                        onCellEvent={onCellEvent}
                      />
                    )
                  })}
                </g>
              )
            })}
          </g>
        ))}
      </svg>
      {windowed && (
        <FrozenHeaders
          layout={layout}
          rows={layout.rows.filter((r) => rowShown(r.index))}
          columns={shownColumns}
          focusedHeader={keyboardFocusInGrid ? focus : null}
          selectedParty={props.selectedParty}
          selectedMeasure={props.selectedMeasure}
          partyColour={props.partyColour}
          onSelectParty={props.onSelectParty}
          onSelectMeasure={props.onSelectMeasure}
        />
      )}
    </>
  )
}

type CellEventType = 'focus' | 'hover' | 'click'

/**
 * Plain values only, so the default shallow memo skips every cell whose place and look did
 * not change (most cells of a large matrix, on a phase change).
 */
type CellProps = {
  x: number
  y: number
  row: number
  column: number
  /** The position shown, or `null` for a measure not yet on the table. */
  value: StanceValue | null
  confidence: Confidence | undefined
  changed: boolean
  /** Changed by the live update just applied. */
  updated: boolean
  /** Shown from an earlier report: drawn lighter, with a corner mark. */
  carried: boolean
  size: number
  inset: number
  name: string
  tabIndex: number
  open: boolean
  onCellEvent: (type: CellEventType, row: number, column: number) => void
}

/** One cell; memoised, since a matrix can hold tens of thousands of them. */
const Cell = memo(function Cell({
  x,
  y,
  row,
  column,
  value,
  confidence,
  changed,
  updated,
  carried,
  size,
  inset,
  name,
  tabIndex,
  open,
  onCellEvent,
}: CellProps) {
  return (
    <g
      role="gridcell"
      aria-colindex={column + 2}
      data-grid={key(row, column)}
      tabIndex={tabIndex}
      aria-label={name}
      aria-expanded={open}
      className={cellClasses({ value, confidence, changed, updated, carried, open })}
      onFocus={() => onCellEvent('focus', row, column)}
      onMouseEnter={() => onCellEvent('hover', row, column)}
      onClick={() => onCellEvent('click', row, column)}
    >
      <CellMarks
        x={x}
        y={y}
        size={size}
        inset={inset}
        value={value}
        changed={changed}
        carried={carried}
      />
    </g>
  )
})

type RowGroup = { side: string; label: string | null; rows: LaidRow[] }

/** Splits rows into their side groups (one group when sorted by agreement). */
function groupRows(layout: MatrixLayout): RowGroup[] {
  if (layout.groups.length === 0) return [{ side: 'all', label: null, rows: layout.rows }]
  return layout.groups.map((group, i) => {
    const next = layout.groups[i + 1]
    return {
      side: group.side,
      label: group.label,
      rows: layout.rows.filter((r) => r.y > group.y && (!next || r.y < next.y)),
    }
  })
}
