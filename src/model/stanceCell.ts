import type { Dataset } from '../data/indexDataset.ts'
import type { RawStance } from '../data/schema.ts'
import type { StanceValue } from '../data/vocabularies.ts'

/** What one matrix cell holds: a measure not yet on the table, or a (possibly unknown) stance. */
export type StanceCell =
  | { kind: 'not-on-table' }
  | { kind: 'stance'; value: StanceValue; stance: RawStance | null }

// Shared, frozen cells: a large matrix holds tens of thousands of them.
export const NOT_ON_TABLE_CELL: StanceCell = Object.freeze({ kind: 'not-on-table' })
export const UNKNOWN_CELL: StanceCell = Object.freeze({
  kind: 'stance',
  value: 'unknown',
  stance: null,
})

/** True when the measure had been proposed by this phase (derived from `proposedAt`). */
export function isOnTable(dataset: Dataset, measureId: string, phaseId: string): boolean {
  const measure = dataset.measureById.get(measureId)
  const proposed = measure ? dataset.phaseIndex.get(measure.proposedAt) : undefined
  const at = dataset.phaseIndex.get(phaseId)
  return proposed !== undefined && at !== undefined && at >= proposed
}

/**
 * The cell for a party, measure and phase. A party with no stance recorded is `unknown`
 * with no record (`stance: null`): silence in the reporting is never read as a position.
 */
export function stanceCell(
  dataset: Dataset,
  partyId: string,
  measureId: string,
  phaseId: string,
): StanceCell {
  if (!isOnTable(dataset, measureId, phaseId)) return NOT_ON_TABLE_CELL
  const stance = recordedStance(dataset, partyId, measureId, phaseId)
  return stance ? { kind: 'stance', value: stance.position, stance } : UNKNOWN_CELL
}

/** The stance the dataset records for a party, measure and phase, if any. */
export function recordedStance(
  dataset: Dataset,
  partyId: string,
  measureId: string,
  phaseId: string,
): RawStance | null {
  const phase = dataset.phaseIndex.get(phaseId) ?? -1
  return dataset.stanceGrid.get(partyId)?.get(measureId)?.[phase] ?? null
}

/** The previous phase's id, or `null` for the first phase. */
export function previousPhaseId(dataset: Dataset, phaseId: string): string | null {
  const index = dataset.phaseIndex.get(phaseId)
  if (index === undefined || index === 0) return null
  return dataset.phases[index - 1]?.id ?? null
}

/**
 * True when a known position differs from the same cell one phase earlier: a new position, a
 * first known one, or one on a newly tabled measure. A stance that becomes unknown is not a change.
 */
export function changedSincePrevious(
  dataset: Dataset,
  partyId: string,
  measureId: string,
  phaseId: string,
): boolean {
  const previous = previousPhaseId(dataset, phaseId)
  if (previous === null) return false
  const now = stanceCell(dataset, partyId, measureId, phaseId)
  const before = stanceCell(dataset, partyId, measureId, previous)
  // Only a known position can be a change: falling silent is not moving.
  if (now.kind !== 'stance' || now.value === 'unknown') return false
  return before.kind !== 'stance' || now.value !== before.value
}
