import { useEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { partyColours } from '../../data/colour.ts'
import type { Dataset } from '../../data/indexDataset.ts'
import { type Language, textDirection } from '../../data/languages.ts'
import { hydratesLater } from '../../hooks/hydratesLater.tsx'
import { useElementWidth } from '../../hooks/useElementWidth.ts'
import { useScrollViewport } from '../../hooks/useScrollViewport.ts'
import { afterPaint } from '../../hooks/useStoreAfterPaint.ts'
import { matrixModel } from '../../model/matrixModel.ts'
import { leadSeats } from '../../model/partyOrder.ts'
import { phaseChanges } from '../../model/phaseChanges.ts'
import { stanceCell } from '../../model/stanceCell.ts'
import {
  type CellRef,
  selectMeasure,
  selectPartyAndMeasure,
  setDrawWholeMatrix,
  setOpenCell,
  setView,
  toggleMeasure,
  toggleParty,
  useUiStore,
} from '../../state/uiStore.ts'
import { chromeMark } from '../../ui/chromeLanguage.ts'
import { formatDate } from '../../ui/format.ts'
import { fill, messages } from '../../ui/strings.ts'
import { UiText } from '../UiText.tsx'
import { CellCard } from './CellCard.tsx'
import { ChangesList } from './ChangesList.tsx'
import { type ChangeTarget, describeChange } from './describeChanges.ts'
import { describeCell, describeMatrix } from './describeMatrix.ts'
import { clampGridFocus, type GridFocus, sameFocus } from './gridFocus.ts'
import { MATRIX_SIZES, type MatrixLayout, matrixLayout } from './layout.ts'
import { MatrixControls } from './MatrixControls.tsx'
import { MatrixLegend } from './MatrixLegend.tsx'
import { MatrixStage } from './MatrixStage.tsx'
import { isWindowed, type Viewport } from './matrixWindow.ts'
import { measureTitles } from './measureTitles.ts'
import { StanceTable } from './StanceTable.tsx'
import { TABLE_PAGE_ROWS, TablePager, tablePageRows } from './TablePager.tsx'
import { canTurn, turnClass, turnMatrix } from './turnedMatrix.ts'
import '../panel.css'
import './MatrixPanel.css'

type Props = { dataset: Dataset; language: Language; phase: string }

/** The matrix container: joins the store, the model and the measured width; the chart only draws. */
export function MatrixPanel({ dataset, language, phase }: Props) {
  const strings = messages(language).ui
  const sortBy = useUiStore((s) => s.sortBy)
  const topics = useUiStore((s) => s.topicFilter)
  const selectedParty = useUiStore((s) => s.selectedParty)
  const selectedMeasure = useUiStore((s) => s.selectedMeasure)
  const openCell = useUiStore((s) => s.openCell)
  const showSilentParties = useUiStore((s) => s.showSilentParties)
  const rule = useUiStore((s) => s.stanceRule)
  const view = useUiStore((s) => s.view)
  const drawWholeMatrix = useUiStore((s) => s.drawWholeMatrix)
  const [preview, setPreview] = useState<CellRef | null>(null)
  const [focus, setFocus] = useState<GridFocus>({ row: 0, column: 0 })
  // A pointer's focus moves the tab stop after the next paint, or with the click that follows
  // (one render for both): the tab stop is not drawn, and a header click re-rendered the matrix
  // once for its focus and once for its selection. Keys move it at once.
  const laterFocus = useRef<{ place: GridFocus; cancel: () => void } | null>(null)
  const moveFocus = (place: GridFocus, byPointer = false) => {
    laterFocus.current?.cancel()
    laterFocus.current = null
    if (!byPointer) return setFocus(place)
    const cancel = afterPaint(() => {
      laterFocus.current = null
      setFocus((shown) => (sameFocus(shown, place) ? shown : place))
    })
    laterFocus.current = { place, cancel }
  }
  useEffect(() => () => laterFocus.current?.cancel(), [])
  const [tablePage, setTablePage] = useState(0)
  const closeRef = useRef<HTMLButtonElement>(null)
  const [stage, stageRef] = useState<HTMLDivElement | null>(null)

  const model = useMemo(
    () => matrixModel(dataset, { phase, topics, sortBy, showSilentParties, rule }),
    [dataset, phase, topics, sortBy, showSilentParties, rule],
  )
  const turnable = canTurn(model)
  // A matrix that turns is drawn the same at every width (below): nothing to measure.
  const [frameRef, width, frame] = useElementWidth<HTMLDivElement>(MATRIX_SIZES.widest, !turnable)
  // A matrix that turns on narrow frames shows its slanted form only where that fits whole,
  // so that form is always laid out as prerendered: hydration at any width changes nothing.
  const layoutWidth = turnable ? MATRIX_SIZES.widest : Math.min(width, MATRIX_SIZES.widest)
  const titles = useMemo(() => measureTitles(dataset, language), [dataset, language])
  // Rows and columns are the same arrays at every phase (unless sorted by agreement), so a phase
  // change lays nothing out again: only the cells change.
  const { rows, columns } = model
  const layout = useMemo(
    () =>
      matrixLayout(
        { rows, columns },
        {
          width: layoutWidth,
          rowLabel: (id) => dataset.partyById.get(id)?.shortName ?? id,
          columnTitles: titles,
          groupLabel: sortBy === 'side' ? (side) => messages(language).sides[side] : null,
          direction: textDirection(language),
        },
      ),
    [rows, columns, layoutWidth, dataset, language, sortBy, titles],
  )
  const turned = useMemo(
    () => (turnable ? turnMatrix(layout, titles) : null),
    [turnable, layout, titles],
  )
  // Names are text work: made when a cell is first drawn, kept for the layout's lifetime.
  const cellName = useMemo(() => {
    const names = new Map<number, string>()
    return (row: number, column: number) => {
      const index = row * layout.columns.length + column
      const cached = names.get(index)
      if (cached !== undefined) return cached
      const c = model.cells[index]
      const name = c
        ? describeCell(dataset, language, {
            partyId: layout.rows[row]?.partyId ?? '',
            measureId: layout.columns[column]?.measureId ?? '',
            phase,
            cell: c.cell,
            changed: c.changed,
          })
        : ''
      names.set(index, name)
      return name
    }
  }, [layout, model, dataset, language, phase])
  const summary = useMemo(
    () => describeMatrix(dataset, language, model),
    [dataset, language, model],
  )
  const changes = useMemo(
    () => phaseChanges(dataset, phase).map((c) => describeChange(dataset, language, c)),
    [dataset, language, phase],
  )
  const windowed = isWindowed(layout)
  useEffect(() => {
    // Printing a large matrix prints every cell, not the ones that happened to be in view.
    if (!windowed) return
    const drawAll = () => flushSync(() => setDrawWholeMatrix(true))
    const drawWindow = () => setDrawWholeMatrix(false)
    window.addEventListener('beforeprint', drawAll)
    window.addEventListener('afterprint', drawWindow)
    return () => {
      window.removeEventListener('beforeprint', drawAll)
      window.removeEventListener('afterprint', drawWindow)
    }
  }, [windowed])
  // Paged on screen; printed whole (printing sets drawWholeMatrix, as for the chart).
  const pagedTable = windowed && !drawWholeMatrix
  const tableRows = pagedTable
    ? tablePageRows(tablePage, model.rows.length)
    : ([0, model.rows.length] as const)
  const viewport = useScrollViewport(frame, windowed)
  useEffect(() => {
    // Scrolling a cell into view (by focus) must not leave it under the frozen headers.
    if (!frame) return
    frame.style.scrollPaddingTop = windowed ? `${layout.headerHeight}px` : ''
    frame.style.scrollPaddingInlineStart = windowed ? `${layout.rowHeaderWidth}px` : ''
  }, [frame, windowed, layout.headerHeight, layout.rowHeaderWidth])
  const safeFocus = clampGridFocus(laterFocus.current?.place ?? focus, {
    rows: layout.rows.length,
    columns: layout.columns.length,
  })
  // Changed cells pulse once the reader moves to another phase; the page opening is no change.
  const [openedAt] = useState(phase)
  const [phaseMoved, setPhaseMoved] = useState(false)
  if (!phaseMoved && phase !== openedAt) setPhaseMoved(true)
  const shown = openCell ?? preview
  const phaseLabel = dataset.phaseById.get(phase)?.label[language] ?? phase
  const previousLabel =
    dataset.phases[(dataset.phaseIndex.get(phase) ?? 0) - 1]?.label[language] ?? null

  const returnFocusToGrid = () => {
    setOpenCell(null)
    // The grid on screen: the slanted or the turned one, whichever the frame's width shows.
    const grid = [...(stage?.querySelectorAll('[role="grid"]') ?? [])].find(
      (g) => g.getClientRects().length > 0,
    )
    grid?.querySelector<HTMLElement | SVGGElement>('[tabindex="0"]')?.focus()
  }
  const selectChange = (target: ChangeTarget) => {
    if (target.kind === 'measure') return selectMeasure(target.measure)
    if (target.kind === 'party') return selectPartyAndMeasure(target.party, target.measure)
    setOpenCell({ party: target.party, measure: target.measure })
    // Keyboard users continue in the grid from the cell the item named.
    const row = layout.rows.findIndex((r) => r.partyId === target.party)
    const column = layout.columns.findIndex((c) => c.measureId === target.measure)
    if (row >= 0 && column >= 0) moveFocus({ row, column })
  }
  const activate = (cell: CellRef) => {
    const same = openCell?.party === cell.party && openCell.measure === cell.measure
    setOpenCell(same ? null : cell)
    // Focus the card's close button once it exists, so keyboard users land in the card.
    if (!same) requestAnimationFrame(() => closeRef.current?.focus())
  }

  return (
    <section className="panel matrix-panel" aria-labelledby="matrix-title">
      <h2 id="matrix-title">
        <UiText language={language} text={strings.matrixTitle} />
      </h2>
      <p id="matrix-summary" className="visually-hidden" {...chromeMark(language)}>
        {summary} <UiText language={language} text={strings.matrixHelp} />
      </p>
      <LateMatrixControls
        dataset={dataset}
        language={language}
        sortBy={sortBy}
        topics={topics}
        showSilentParties={showSilentParties}
        stanceRule={rule}
      />
      <fieldset className="view-switch">
        <legend className="visually-hidden">
          <UiText language={language} text={strings.viewLabel} />
        </legend>
        {(['chart', 'table'] as const).map((option) => (
          <label key={option} className={view === option ? 'is-current' : ''}>
            <input
              type="radio"
              name="matrix-view"
              value={option}
              checked={view === option}
              onChange={() => setView(option)}
            />
            <UiText
              language={language}
              text={option === 'chart' ? strings.viewChart : strings.viewTable}
            />
          </label>
        ))}
      </fieldset>
      <ChangesList
        language={language}
        previousLabel={previousLabel}
        changes={changes}
        onSelect={selectChange}
      />
      {/* #matrix-view: where the page's skip link lands, the grid (or table) its next tab stop. */}
      {view === 'table' ? (
        <div id="matrix-view">
          {/* A large matrix's table comes a page of parties at a time: all at once is seconds. */}
          {pagedTable && (
            <TablePager
              language={language}
              rows={tableRows}
              rowCount={model.rows.length}
              onPage={(step) => setTablePage(tableRows[0] / TABLE_PAGE_ROWS + step)}
            />
          )}
          <StanceTable
            dataset={dataset}
            language={language}
            model={model}
            caption={fill(strings.tableCaption, { phase: phaseLabel }, language)}
            columnLabel={(id) => dataset.measureById.get(id)?.title[language] ?? id}
            rows={tableRows}
          />
        </div>
      ) : (
        <div className="matrix-and-card" id="matrix-view">
          <MatrixStage
            layout={layout}
            turned={turned}
            turnClass={turnClass(layout)}
            chrome={chromeMark(language)}
            cells={model.cells}
            windowed={windowed}
            animated={phaseMoved}
            noMeasures={strings.noMeasures}
            holdHidden={!drawWholeMatrix}
            viewport={
              windowed && !drawWholeMatrix ? (viewport ?? firstViewport(layout, width)) : null
            }
            focus={safeFocus}
            selectedParty={selectedParty}
            selectedMeasure={selectedMeasure}
            openCell={openCell}
            partyColour={(id) => partyColours(dataset.partyById.get(id))}
            cellName={cellName}
            rowName={(row) => {
              const party = dataset.partyById.get(row.partyId)
              const seats = party
                ? fill(strings.seats, { seats: leadSeats(dataset, party) }, language)
                : ''
              return `${party?.name[language] ?? row.partyId} (${row.label}), ${messages(language).sides[row.side]}, ${seats}`
            }}
            frameRef={frameRef}
            stageRef={stageRef}
            onFocusChange={moveFocus}
            onPreview={setPreview}
            onActivate={activate}
            onSelectParty={(id) => toggleParty(id)}
            onSelectMeasure={(id) => toggleMeasure(id)}
            onEscape={returnFocusToGrid}
          />
          {/* Not a live region: it changes on every arrow press and hover, and reading the whole
              card each time drowned the reader (WCAG 4.1.3). Focus says where the reader is;
              opening a card moves focus into it, so the card is read when asked for. */}
          <aside className="cell-card-slot" aria-label={strings.detailTitle}>
            {shown ? (
              // biome-ignore lint/a11y: Escape inside the card closes it and returns focus
              <div onKeyDown={(e) => e.key === 'Escape' && returnFocusToGrid()}>
                <CellCard
                  dataset={dataset}
                  language={language}
                  cellRef={shown}
                  cell={stanceCell(dataset, shown.party, shown.measure, phase, rule)}
                  pinned={openCell !== null}
                  closeRef={closeRef}
                  onClose={returnFocusToGrid}
                />
              </div>
            ) : (
              <p className="cell-card-empty">
                <UiText language={language} text={strings.detailEmpty} />
              </p>
            )}
          </aside>
        </div>
      )}
      <p className="matrix-caption">
        <UiText
          language={language}
          text={strings.matrixCaption}
          values={{
            phase: phaseLabel,
            date: formatDate(dataset.phaseById.get(phase)?.date ?? '', language),
            sources: model.sourceIds.length,
          }}
        />
        {model.hiddenParties.length > 0 &&
          ` ${fill(strings.hiddenParties, { count: model.hiddenParties.length }, language)}`}
      </p>
      <LateMatrixLegend language={language} />
    </section>
  )
}

// Hydrated after the grid itself, so the first click on a cell does not wait for them.
const LateMatrixControls = hydratesLater(MatrixControls)
const LateMatrixLegend = hydratesLater(MatrixLegend)

/** Before a large matrix's frame is measured, draw what a typical frame shows: its start. */
const firstViewport = (layout: MatrixLayout, width: number): Viewport => ({
  left: layout.direction === 'rtl' ? layout.width - width : 0,
  top: 0,
  width,
  height: 640,
})
