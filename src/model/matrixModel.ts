import type { Dataset } from '../data/indexDataset.ts'
import type { RawMeasure, RawParty } from '../data/schema.ts'
import type { StanceRule } from '../data/vocabularies.ts'
import { datasetMemo } from './datasetMemo.ts'
import { type Disagreement, disagreement } from './disagreement.ts'
import { partiesBySide } from './partyOrder.ts'
import {
  isChange,
  isOnTable,
  NOT_ON_TABLE_CELL,
  previousPhaseId,
  type StanceCell,
  shownCell,
} from './stanceCell.ts'

/** How the reader wants the matrix: phase, topics shown and row order. */
export type MatrixOptions = {
  phase: string
  /** Topic ids to show; empty shows all. */
  topics: readonly string[]
  /** Order rows by side and seats, or by agreement with a party. */
  sortBy: 'side' | { agreementWith: string }
  /** Show opposition parties that have no known stance at any phase (rows of question marks). */
  showSilentParties: boolean
  /** Last known stances carried forward, or only what was reported at the phase. */
  rule: StanceRule
}

/** One row: a party, and how far it stood from the party the rows are sorted by. */
export type MatrixRow = { party: RawParty; distance: Disagreement | null }
/** One column: a measure in its topic. */
export type MatrixColumn = { measure: RawMeasure; topicId: string }
/** One cell: what it holds and whether it changed since the previous phase. */
export type MatrixCell = { row: number; column: number; cell: StanceCell; changed: boolean }

/** The matrix as data, before any geometry. */
export type MatrixModel = {
  phase: string
  rows: MatrixRow[]
  columns: MatrixColumn[]
  /** Row-major: `cells[row * columns.length + column]`. */
  cells: MatrixCell[]
  /** Distinct sources behind the stances shown. */
  sourceIds: string[]
  /** Opposition parties left out because no source gives any of their stances. */
  hiddenParties: string[]
}

/** True when a party has a known position on any measure at any phase. */
export function hasKnownStance(dataset: Dataset, partyId: string): boolean {
  for (const byPhase of dataset.stanceGrid.get(partyId)?.values() ?? [])
    if (byPhase.some((s) => s && s.position !== 'unknown')) return true
  return false
}

/**
 * Measures grouped by topic (in the dataset's topic order), filtered to the chosen topics. The
 * same array for the same topics, whatever the phase.
 */
export function matrixColumns(dataset: Dataset, topics: readonly string[]): MatrixColumn[] {
  return columnsFor(dataset, topics.join('\u0000'), () => topicColumns(dataset, topics))
}

const columnsFor = datasetMemo<MatrixColumn[]>()

function topicColumns(dataset: Dataset, topics: readonly string[]): MatrixColumn[] {
  const shown =
    topics.length === 0 ? dataset.topics : dataset.topics.filter((t) => topics.includes(t.id))
  return shown.flatMap((topic) =>
    dataset.measures
      .filter((m) => m.topic === topic.id)
      .map((measure) => ({ measure, topicId: topic.id })),
  )
}

/**
 * Rows by side and seats, or by agreement with a party (closest first, no shared stance last).
 * By side, the same array at every phase.
 */
export function matrixRows(
  dataset: Dataset,
  options: MatrixOptions,
  measureIds: readonly string[],
): MatrixRow[] {
  const { showSilentParties, sortBy } = options
  const bySide = () =>
    partiesBySide(dataset).filter(
      (p) => showSilentParties || p.side !== 'opposition' || hasKnownStance(dataset, p.id),
    )
  if (sortBy === 'side' || !dataset.partyById.has(sortBy.agreementWith))
    return sideRows(dataset, String(showSilentParties), () =>
      bySide().map((party) => ({ party, distance: null })),
    )
  const rows = bySide().map((party) => ({
    party,
    distance: disagreement(
      dataset,
      sortBy.agreementWith,
      party.id,
      options.phase,
      measureIds,
      options.rule,
    ),
  }))
  const key = (row: MatrixRow) =>
    row.party.id === sortBy.agreementWith ? -1 : (row.distance?.value ?? Number.POSITIVE_INFINITY)
  // Array.prototype.sort is stable, so ties keep the side-and-seats order.
  return rows.sort((a, b) => key(a) - key(b))
}

const sideRows = datasetMemo<MatrixRow[]>()

/** Derives the whole matrix for a phase: rows, columns and every cell. */
export function matrixModel(dataset: Dataset, options: MatrixOptions): MatrixModel {
  const columns = matrixColumns(dataset, options.topics)
  const rows = matrixRows(
    dataset,
    options,
    columns.map((c) => c.measure.id),
  )
  const cells = matrixCells(dataset, rows, columns, options.phase, options.rule)
  const sourceIds = new Set<string>()
  for (const { cell } of cells)
    if (cell.kind === 'stance') for (const id of cell.stance?.sources ?? []) sourceIds.add(id)
  const shown = new Set(rows.map((r) => r.party.id))
  const hiddenParties = dataset.parties.filter((p) => !shown.has(p.id)).map((p) => p.id)
  return { phase: options.phase, rows, columns, cells, sourceIds: [...sourceIds], hiddenParties }
}

/**
 * Every cell, row-major. Same answers as `stanceCell` and `changedSincePrevious` per cell, but
 * the per-measure and per-party lookups are done once per column and row: a 100 × 500 matrix
 * is rebuilt on every phase change.
 */
function matrixCells(
  dataset: Dataset,
  rows: readonly MatrixRow[],
  columns: readonly MatrixColumn[],
  phase: string,
  rule: StanceRule,
): MatrixCell[] {
  const previous = previousPhaseId(dataset, phase)
  const tabled = columns.map((c) => ({
    now: isOnTable(dataset, c.measure.id, phase),
    before: previous !== null && isOnTable(dataset, c.measure.id, previous),
  }))
  const now = dataset.phaseIndex.get(phase) ?? -1
  const cells: MatrixCell[] = []
  rows.forEach((row, r) => {
    const byMeasure = dataset.stanceGrid.get(row.party.id)
    columns.forEach((column, c) => {
      if (!tabled[c]?.now) {
        cells.push({ row: r, column: c, cell: NOT_ON_TABLE_CELL, changed: false })
        return
      }
      const byPhase = byMeasure?.get(column.measure.id)
      const cell = shownCell(byPhase, now, rule)
      const changed =
        now > 0 &&
        isChange(cell, tabled[c]?.before ? shownCell(byPhase, now - 1, rule) : NOT_ON_TABLE_CELL)
      cells.push({ row: r, column: c, cell, changed })
    })
  })
  return cells
}
