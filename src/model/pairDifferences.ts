import type { Dataset } from '../data/indexDataset.ts'
import type { RawMeasure } from '../data/schema.ts'
import type { Position, StanceRule } from '../data/vocabularies.ts'
import type { ConflictModel, PairEdge } from './conflictModel.ts'
import { positionDistance } from './disagreement.ts'
import { stanceCell } from './stanceCell.ts'

/** One measure on which two parties' known positions can be compared. */
export type MeasureDifference = {
  measure: RawMeasure
  a: Position
  b: Position
  /** Steps apart on the scale, 0–4. */
  distance: number
  sources: string[]
}

/** Where two parties differ, most first: only measures on which both positions are known. */
export function pairDifferences(
  dataset: Dataset,
  partyA: string,
  partyB: string,
  phaseId: string,
  measureIds: readonly string[] = dataset.measures.map((m) => m.id),
  rule: StanceRule = 'carried',
): MeasureDifference[] {
  return measureIds
    .flatMap((id): MeasureDifference[] => {
      const measure = dataset.measureById.get(id)
      const a = stanceCell(dataset, partyA, id, phaseId, rule)
      const b = stanceCell(dataset, partyB, id, phaseId, rule)
      if (
        !measure ||
        a.kind !== 'stance' ||
        b.kind !== 'stance' ||
        a.value === 'unknown' ||
        b.value === 'unknown'
      )
        return []
      const sources = [...new Set([...(a.stance?.sources ?? []), ...(b.stance?.sources ?? [])])]
      return [
        {
          measure,
          a: a.value,
          b: b.value,
          distance: positionDistance(a.value, b.value),
          sources,
        },
      ]
    })
    .sort((x, y) => y.distance - x.distance)
}

/** A party's sharpest conflicts in a graph: the pairs it is in, most disagreement first. */
export function sharpestConflicts(model: ConflictModel, partyId: string, limit = 3): PairEdge[] {
  return model.pairs
    .filter((p) => (p.a === partyId || p.b === partyId) && (p.disagreement.value ?? 0) > 0)
    .sort((x, y) => (y.disagreement.value ?? 0) - (x.disagreement.value ?? 0))
    .slice(0, limit)
}
