import type { Dataset } from '../data/indexDataset.ts'
import type { RawStance } from '../data/schema.ts'
import type { StanceRule, StanceValue } from '../data/vocabularies.ts'

/**
 * What one matrix cell holds: a measure not yet on the table, or a (possibly unknown) stance.
 * `carried` marks a stance reported at an earlier phase (`stance.phase`) and shown here since
 * nothing newer was reported.
 */
export type StanceCell =
  | { kind: 'not-on-table' }
  | { kind: 'stance'; value: StanceValue; stance: RawStance | null; carried: boolean }

// Shared, frozen cells: a large matrix holds tens of thousands of them.
export const NOT_ON_TABLE_CELL: StanceCell = Object.freeze({ kind: 'not-on-table' })
export const UNKNOWN_CELL: StanceCell = Object.freeze({
  kind: 'stance',
  value: 'unknown',
  stance: null,
  carried: false,
})

/** True when the measure had been proposed by this phase (derived from `proposedAt`). */
export function isOnTable(dataset: Dataset, measureId: string, phaseId: string): boolean {
  const measure = dataset.measureById.get(measureId)
  const proposed = measure ? dataset.phaseIndex.get(measure.proposedAt) : undefined
  const at = dataset.phaseIndex.get(phaseId)
  return proposed !== undefined && at !== undefined && at >= proposed
}

/**
 * The cell a measure on the table shows, from one party's stances on it by phase position.
 * Carried: the stance reported at `at`, or else the latest earlier known one; a recorded
 * `unknown` (with its summary) only when no position was ever reported. Stances never predate
 * `proposedAt` (the validator refuses them), so nothing is carried from before the table.
 */
export function shownCell(
  byPhase: readonly (RawStance | undefined)[] | undefined,
  at: number,
  rule: StanceRule,
): StanceCell {
  const recorded = byPhase?.[at]
  if (rule === 'carried' && recorded?.position !== undefined && recorded.position !== 'unknown')
    return { kind: 'stance', value: recorded.position, stance: recorded, carried: false }
  if (rule === 'carried' && byPhase)
    for (let i = Math.min(at, byPhase.length) - 1; i >= 0; i--) {
      const earlier = byPhase[i]
      if (earlier && earlier.position !== 'unknown')
        return { kind: 'stance', value: earlier.position, stance: earlier, carried: true }
    }
  return recorded
    ? { kind: 'stance', value: recorded.position, stance: recorded, carried: false }
    : UNKNOWN_CELL
}

/**
 * The cell for a party, measure and phase under a rule (default: carried). A party with no
 * stance ever recorded is `unknown` with no record (`stance: null`): silence is never a position.
 */
export function stanceCell(
  dataset: Dataset,
  partyId: string,
  measureId: string,
  phaseId: string,
  rule: StanceRule = 'carried',
): StanceCell {
  if (!isOnTable(dataset, measureId, phaseId)) return NOT_ON_TABLE_CELL
  const byPhase = dataset.stanceGrid.get(partyId)?.get(measureId)
  return shownCell(byPhase, dataset.phaseIndex.get(phaseId) ?? -1, rule)
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
 * True when a shown known position differs from the same cell one phase earlier (same rule):
 * a new position, a first known one, or one on a newly tabled measure. Falling silent is not
 * a change, and a carried stance never is (it repeats the cell one phase earlier).
 */
export function isChange(now: StanceCell, before: StanceCell): boolean {
  if (now.kind !== 'stance' || now.value === 'unknown') return false
  return before.kind !== 'stance' || now.value !== before.value
}

/** `isChange` for a party, measure and phase: the cell against the one a phase earlier. */
export function changedSincePrevious(
  dataset: Dataset,
  partyId: string,
  measureId: string,
  phaseId: string,
  rule: StanceRule = 'carried',
): boolean {
  const previous = previousPhaseId(dataset, phaseId)
  if (previous === null) return false
  return isChange(
    stanceCell(dataset, partyId, measureId, phaseId, rule),
    stanceCell(dataset, partyId, measureId, previous, rule),
  )
}
