import { type ComponentProps, type ReactNode, type Ref, useCallback } from 'react'
import { hydratesLater } from '../../hooks/hydratesLater.tsx'
import { useHeldWhileHidden } from '../../hooks/useHeldWhileHidden.ts'
import type { MatrixCell } from '../../model/matrixModel.ts'
import type { CellRef } from '../../state/uiStore.ts'
import type { LanguageMark } from '../../ui/chromeLanguage.ts'
import type { GridFocus } from './gridFocus.ts'
import type { LaidColumn, LaidRow, MatrixLayout } from './layout.ts'
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
  /** Keep the hidden orientation's last drawing (false while exporting or printing). */
  holdHidden: boolean
  focus: GridFocus
  selectedParty: string | null
  selectedMeasure: string | null
  openCell: CellRef | null
  partyColour: (partyId: string) => { light: string; dark: string }
  cellName: (row: number, column: number) => string
  rowName: (row: LaidRow) => string
  frameRef: (element: HTMLDivElement | null) => void
  stageRef: Ref<HTMLDivElement>
  /** `byPointer`: focus came with a press, not a key (the tab stop may follow a frame late). */
  onFocusChange: (focus: GridFocus, byPointer?: boolean) => void
  onPreview: (cell: CellRef | null) => void
  onActivate: (cell: CellRef) => void
  onSelectParty: (partyId: string) => void
  onSelectMeasure: (measureId: string) => void
  onEscape: () => void
}

/**
 * Where the matrix is drawn: the slanted grid in its frame and, for a matrix of few parties,
 * the turned grid beside it. Both are in the page from the prerender on; a container query
 * shows the one that fits the space, so hydration and resizing change no node. The one hidden
 * keeps its last drawing until it is shown (useHeldWhileHidden): a click re-renders only the
 * grid on screen, and hydration does not wait for the hidden one (see LateStanceMatrix). The
 * SVG and PNG downloads copy the slanted SVG even while it is hidden (its viewBox gives the
 * size); they set `holdHidden` false first, so it is current.
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
  // Only a matrix with two forms hides one.
  const hold = props.holdHidden && turned !== null
  const classes = [
    'matrix-stage',
    turned ? props.turnClass : '',
    props.animated ? 'is-animated' : '',
  ]
  return (
    <div className={classes.filter(Boolean).join(' ')} ref={props.stageRef}>
      <SlantedFrame
        windowed={windowed}
        frameRef={props.frameRef}
        hold={hold}
        noMeasures={layout.columns.length === 0 ? props.noMeasures : null}
        matrix={{
          ...shared,
          layout,
          viewport: props.viewport,
          rowName: props.rowName,
          columnName: columnFullLabel,
        }}
      />
      {turned && (
        <TurnedWhileShown
          hold={hold}
          matrix={{
            ...shared,
            turned,
            direction: layout.direction,
            partyName: (index: number) => {
              const row = layout.rows[index]
              return row ? props.rowName(row) : ''
            },
          }}
        />
      )}
    </div>
  )
}

const columnFullLabel = (column: LaidColumn) => column.fullLabel

type SlantedProps = ComponentProps<typeof StanceMatrix>
type TurnedProps = ComponentProps<typeof TurnedMatrix>
// Each grid is hydrated on its own, after the rest of the panel: the one a reader touches at
// once, the one the container query hides whenever the browser is idle (its props are held, so
// nothing asks for it sooner). A first click waits for one grid, not both.
const LateStanceMatrix = hydratesLater(StanceMatrix)
const LateTurnedMatrix = hydratesLater(TurnedMatrix)

/** The slanted grid in its (scrolling) frame; the frame tells whether it is shown. */
function SlantedFrame(props: {
  windowed: boolean
  frameRef: (element: HTMLDivElement | null) => void
  hold: boolean
  noMeasures: string | null
  matrix: SlantedProps
}) {
  const { frameRef } = props
  const [observe, matrix] = useHeldWhileHidden<SlantedProps, HTMLDivElement>(
    props.matrix,
    props.hold,
  )
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      observe(element)
      frameRef(element)
    },
    [observe, frameRef],
  )
  return (
    <div className={`matrix-frame${props.windowed ? ' is-windowed' : ''}`} ref={ref}>
      {props.noMeasures !== null ? (
        <p>{props.noMeasures}</p>
      ) : (
        <MatrixCanvas windowed={props.windowed}>
          <LateStanceMatrix {...matrix} />
        </MatrixCanvas>
      )}
    </div>
  )
}

/** The turned grid in its frame; the frame tells whether it is shown. */
function TurnedWhileShown(props: { hold: boolean; matrix: TurnedProps }) {
  const [observe, matrix] = useHeldWhileHidden<TurnedProps, HTMLDivElement>(
    props.matrix,
    props.hold,
  )
  return (
    <div className="turned-frame" ref={observe}>
      <LateTurnedMatrix {...matrix} />
    </div>
  )
}
/** A large matrix's layers (grid and frozen headers) share one grid area, so sticky copies overlay it. */
function MatrixCanvas({ windowed, children }: { windowed: boolean; children: ReactNode }) {
  return windowed ? <div className="matrix-canvas">{children}</div> : children
}
