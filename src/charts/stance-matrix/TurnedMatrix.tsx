import { Fragment, type KeyboardEvent, useCallback, useContext, useRef } from 'react'
import { atTheTable } from '../../data/vocabularies.ts'
import { UpdatedCells, updatedCellKey } from '../../hooks/updatedCells.ts'
import type { MatrixCell } from '../../model/matrixModel.ts'
import type { CellRef } from '../../state/uiStore.ts'
import type { LanguageMark } from '../../ui/chromeLanguage.ts'
import { PerTheme } from '../PerTheme.tsx'
import { cellLook } from './CellMarks.tsx'
import { focusedByPointer } from './focusedByPointer.ts'
import { type GridFocus, moveGridFocus } from './gridFocus.ts'
import type { Direction } from './mirrorLayout.ts'
import { type CellEvent, TurnedCell } from './TurnedCell.tsx'
import { TurnedGroups } from './TurnedGroups.tsx'
import {
  nameParts,
  ROOMY_PARTIES,
  type TurnedMatrix as Turned,
  transposeFocus,
} from './turnedMatrix.ts'
import './CellMarks.css'
import './TurnedMatrix.css'

type Props = {
  turned: Turned
  /** The model's cells, row-major by party: `cells[party * measures + measure]`. */
  cells: readonly MatrixCell[]
  titleId: string
  summaryId: string
  /** The page's direction: a table's columns run right to left on a right-to-left page. */
  direction: Direction
  /** Focus in the slanted grid's terms (row = party, column = measure), shared by both. */
  focus: GridFocus
  selectedParty: string | null
  selectedMeasure: string | null
  openCell: CellRef | null
  partyColour: (partyId: string) => { light: string; dark: string }
  /** Screen-reader names, by the slanted grid's row (party) and column (measure) index. */
  cellName: (party: number, measure: number) => string
  partyName: (party: number) => string
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

/**
 * The element at a place of the turned grid, by the table's own structure (every cell is in
 * the page): the party names' row is row -1, the measure titles column -1.
 */
function placeAt(table: HTMLTableElement, { row, column }: GridFocus): HTMLElement | null {
  const line =
    row === -1 ? table.tHead?.querySelector('.turned-parties') : table.tBodies[0]?.rows[row]
  const place = line?.children[column + 1]
  return place instanceof HTMLElement ? place : null
}

/**
 * The matrix turned a quarter for narrow frames: a table with a row per measure (its title
 * wraps beside its cells) and a column per party, every label written horizontally. An ARIA
 * grid like the slanted one, with the same names, card and roving focus; its rows are what
 * the reader sees as rows, so ArrowDown goes to the next measure.
 */
export function TurnedMatrix(props: Props) {
  const { turned } = props
  const tableRef = useRef<HTMLTableElement | null>(null)
  const updatedCells = useContext(UpdatedCells)
  const here = transposeFocus(props.focus)
  const measures = turned.rows.length
  const tabIndex = (row: number, column: number) =>
    here.row === row && here.column === column ? 0 : -1
  const refAt = (row: number, column: number): CellRef | null => {
    const party = turned.columns[column]?.partyId
    const measure = turned.rows[row]?.measureId
    return party && measure ? { party, measure } : null
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const size = { rows: measures, columns: turned.columns.length }
    const ctrl = event.ctrlKey || event.metaKey
    const next = moveGridFocus(here, event.key, size, ctrl, props.direction)
    if (next) {
      event.preventDefault()
      props.onFocusChange(transposeFocus(next))
      if (tableRef.current) placeAt(tableRef.current, next)?.focus()
      return
    }
    if (event.key === 'Escape') return props.onEscape()
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    if (here.row === -1) props.onSelectParty(turned.columns[here.column]?.partyId ?? '')
    else if (here.column === -1) props.onSelectMeasure(turned.rows[here.row]?.measureId ?? '')
    else {
      const ref = refAt(here.row, here.column)
      if (ref) props.onActivate(ref)
    }
  }

  // One stable handler for every cell (as in the slanted grid), reading the latest props.
  const latest = useRef(props)
  latest.current = props
  const onCellEvent = useCallback((type: CellEvent, row: number, column: number) => {
    const current = latest.current
    const party = current.turned.columns[column]?.partyId
    const measure = current.turned.rows[row]?.measureId
    const ref = party && measure ? { party, measure } : null
    if (type === 'focus') {
      current.onFocusChange({ row: column, column: row }, focusedByPointer())
      current.onPreview(ref)
    } else if (type === 'hover') current.onPreview(ref)
    else if (ref) current.onActivate(ref)
  }, [])

  return (
    <table
      ref={tableRef}
      className={`turned-matrix${turned.columns.length > ROOMY_PARTIES ? ' is-crowded' : ''}`}
      role="grid"
      aria-labelledby={props.titleId}
      aria-describedby={props.summaryId}
      onKeyDown={onKeyDown}
      onMouseLeave={() => props.onPreview(null)}
    >
      <thead>
        <TurnedGroups turned={turned} chrome={props.chrome} />
        <tr className="turned-parties">
          <td aria-hidden="true" />
          {turned.columns.map((column, c) => {
            const selected = props.selectedParty === column.partyId
            return (
              <th
                key={column.partyId}
                scope="col"
                tabIndex={tabIndex(-1, c)}
                aria-label={props.partyName(c)}
                aria-selected={selected}
                className={headerClasses(
                  'turned-party',
                  selected,
                  atTheTable(column.side),
                  column.groupStart,
                )}
                onClick={() => props.onSelectParty(column.partyId)}
                onFocus={() => props.onFocusChange({ row: c, column: -1 }, focusedByPointer())}
              >
                <span className="turned-chip">
                  <PerTheme colours={props.partyColour(column.partyId)}>
                    {(fill, themeClass) => (
                      <svg className={themeClass} width={10} height={6} aria-hidden="true">
                        <rect width={10} height={6} fill={fill} />
                      </svg>
                    )}
                  </PerTheme>
                </span>
                {nameParts(column.label).map((part, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a name's parts keep their order
                  <Fragment key={i}>
                    {i > 0 && <wbr />}
                    {part}
                  </Fragment>
                ))}
              </th>
            )
          })}
        </tr>
      </thead>
      <tbody>
        {turned.rows.map((row, r) => {
          const measureSelected = props.selectedMeasure === row.measureId
          return (
            <tr key={row.measureId} className={row.topicStart ? 'turned-topic-start' : undefined}>
              <th
                scope="row"
                tabIndex={tabIndex(r, -1)}
                aria-label={row.title}
                aria-selected={measureSelected}
                className={headerClasses('turned-title', measureSelected, false, false)}
                onClick={() => props.onSelectMeasure(row.measureId)}
                onFocus={() => props.onFocusChange({ row: -1, column: r }, focusedByPointer())}
              >
                {/* CSS shows the short title where the column is narrow (a container query). */}
                <span className={row.shortTitle ? 'title-full has-short' : 'title-full'}>
                  {row.title}
                </span>
                {row.shortTitle && <span className="title-short">{row.shortTitle}</span>}
              </th>
              {turned.columns.map((column, c) => {
                const cell = props.cells[c * measures + r]
                if (!cell) return <td key={column.partyId} />
                return (
                  <TurnedCell
                    key={column.partyId}
                    row={r}
                    column={c}
                    {...cellLook(cell)}
                    updated={updatedCells.has(updatedCellKey(column.partyId, row.measureId))}
                    groupStart={column.groupStart}
                    inSelection={measureSelected || props.selectedParty === column.partyId}
                    name={props.cellName(c, r)}
                    tabIndex={tabIndex(r, c)}
                    open={
                      props.openCell?.party === column.partyId &&
                      props.openCell.measure === row.measureId
                    }
                    onCellEvent={onCellEvent}
                  />
                )
              })}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

function headerClasses(base: string, selected: boolean, bold: boolean, groupStart: boolean) {
  return [
    base,
    'matrix-header',
    selected ? 'is-selected' : '',
    bold ? 'is-coalition' : '',
    groupStart ? 'turned-group-start' : '',
  ]
    .filter(Boolean)
    .join(' ')
}
