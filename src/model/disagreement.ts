import type { Dataset } from '../data/indexDataset.ts'
import type { StanceRule } from '../data/vocabularies.ts'
import { type Position, positionRank } from '../data/vocabularies.ts'
import { stanceCell } from './stanceCell.ts'

/**
 * The distance that counts as full disagreement: support against a red line. A demand against
 * a red line is no more than full, so distances are capped here (a demand against support is a
 * quarter step, as conditional support is).
 */
export const MAX_DISTANCE = positionRank('red-line') - positionRank('supports')

/** Steps apart on the scale, at most MAX_DISTANCE. */
export function positionDistance(a: Position, b: Position): number {
  return Math.min(MAX_DISTANCE, Math.abs(positionRank(a) - positionRank(b)))
}

/** How far apart two parties stood, and on how many measures that rests. */
export type Disagreement = {
  /** Mean distance on the scale, 0 (same) … 1 (supports vs red line); `null` with no shared known stance. */
  value: number | null
  /** Measures where both parties' positions are known at this phase. */
  basis: number
}

/**
 * Mean distance between two parties' positions over the measures where both are known,
 * scaled to 0–1. Unknown stances and measures not yet on the table are left out, never counted as 0.
 */
export function disagreement(
  dataset: Dataset,
  partyA: string,
  partyB: string,
  phaseId: string,
  measureIds: readonly string[] = dataset.measures.map((m) => m.id),
  rule: StanceRule = 'carried',
): Disagreement {
  let total = 0
  let basis = 0
  for (const measureId of measureIds) {
    const a = stanceCell(dataset, partyA, measureId, phaseId, rule)
    const b = stanceCell(dataset, partyB, measureId, phaseId, rule)
    if (
      a.kind !== 'stance' ||
      b.kind !== 'stance' ||
      a.value === 'unknown' ||
      b.value === 'unknown'
    )
      continue
    total += positionDistance(a.value, b.value)
    basis += 1
  }
  return { value: basis === 0 ? null : total / basis / MAX_DISTANCE, basis }
}
