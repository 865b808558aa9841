import type { ReactNode, Ref } from 'react'
import type { MatrixCell } from '../../model/matrixModel.ts'
import type { CellRef } from '../../state/uiStore.ts'
import type { LanguageMark } from '../../ui/chromeLanguage.ts'
import type { GridFocus } from './gridFocus.ts'
import type { LaidRow, MatrixLayout } from './layout.ts'
import type { Viewport } from './matrixWindow.ts'
import { StanceMatrix } from './StanceMatrix.tsx'
import { TurnedMatrix } from './TurnedMatrix.tsx'
import type { TurnedMatrix as Turned } from './turnedMatrix.ts'
import './MatrixStage.css'

type Props = {
  layout: MatrixLayout
  /** The matrix turned for narrow frames, or `null` when it is never turned (many parties). */
  turned: Turned | null
  /** Which container query turns it (see turnClass). */
  turnClass: string
  /** The language (and direction) of the interface's words, where they are not the page's. */
  chrome: LanguageMark
  cells: readonly MatrixCell[]
  windowed: boolean
  animated: boolean
  noMeasures: string
  viewport: Viewport | null
  focus: GridFocus
  selectedParty: string | null
  selectedMeasure: string | null
  openCell: CellRef | null
  partyColour: (partyId: string) => { light: string; dark: string }
  cellName: (row: number, column: number) => string
  rowName: (row: LaidRow) => string
  frameRef: Ref<HTMLDivElement>
  stageRef: Ref<HTMLDivElement>
  onFocusChange: (focus: GridFocus) => void
  onPreview: (cell: CellRef | null) => void
  onActivate: (cell: CellRef) => void
  onSelectParty: (partyId: string) => void
  onSelectMeasure: (measureId: string) => void
  onEscape: () => void
}

/**
 * Where the matrix is drawn: the slanted grid in its frame and, for a matrix of few parties,
 * the turned grid beside it. Both are in the page from the prerender on; a container query
 * shows the one that fits the space, so hydration and resizing change no node. The SVG and PNG
 * downloads copy the slanted SVG even while it is hidden (its viewBox gives the size).
 */
export function MatrixStage(props: Props) {
  const { layout, turned, windowed } = props
  const shared = {
    cells: props.cells,
    titleId: 'matrix-title',
    summaryId: 'matrix-summary',
    focus: props.focus,
    selectedParty: props.selectedParty,
    selectedMeasure: props.selectedMeasure,
    openCell: props.openCell,
    partyColour: props.partyColour,
    cellName: props.cellName,
    onFocusChange: props.onFocusChange,
    onPreview: props.onPreview,
    onActivate: props.onActivate,
    onSelectParty: props.onSelectParty,
    onSelectMeasure: props.onSelectMeasure,
    onEscape: props.onEscape,
    chrome: props.chrome,
  }
  const classes = [
    'matrix-stage',
    turned ? props.turnClass : '',
    props.animated ? 'is-animated' : '',
  ]
  return (
    <div className={classes.filter(Boolean).join(' ')} ref={props.stageRef}>
      <div className={`matrix-frame${windowed ? ' is-windowed' : ''}`} ref={props.frameRef}>
        {layout.columns.length === 0 ? (
          <p>{props.noMeasures}</p>
        ) : (
          <MatrixCanvas windowed={windowed}>
            <StanceMatrix
              {...shared}
              layout={layout}
              viewport={props.viewport}
              rowName={props.rowName}
              columnName={(column) => column.fullLabel}
            />
          </MatrixCanvas>
        )}
      </div>
      {turned && (
        <TurnedMatrix
          {...shared}
          turned={turned}
          direction={layout.direction}
          partyName={(index) => {
            const row = layout.rows[index]
            return row ? props.rowName(row) : ''
          }}
        />
      )}
    </div>
  )
}

/** A large matrix's layers (grid and frozen headers) share one grid area, so sticky copies overlay it. */
function MatrixCanvas({ windowed, children }: { windowed: boolean; children: ReactNode }) {
  return windowed ? <div className="matrix-canvas">{children}</div> : children
}
