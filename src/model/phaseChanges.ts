import type { Dataset } from '../data/indexDataset.ts'
import type { RawMeasure, RawParty, RawRelation } from '../data/schema.ts'
import { type Position, positionRank } from '../data/vocabularies.ts'
import { datasetMemo } from './datasetMemo.ts'
import { partiesBySide } from './partyOrder.ts'
import { isChange, isOnTable, shownCell } from './stanceCell.ts'

/** The relation kinds that count as news in the changes list: explicit demands and offers. */
export const NEWS_RELATION_KINDS: ReadonlySet<string> = new Set([
  'ultimatum',
  'red-line',
  'proposal',
  'vote-threat',
])

/** One thing that changed at a phase since the one before. */
export type PhaseChange =
  | { kind: 'tabled'; measure: RawMeasure }
  | { kind: 'relation'; relation: RawRelation }
  | {
      kind: 'moved'
      party: RawParty
      measure: RawMeasure
      /** The last known position before, or `null` for a party's first known one. */
      from: Position | null
      to: Position
    }

/**
 * What changed at a phase, derived from the data, in this order: positions that moved against
 * the last known one (the carried rule: falling silent is no move), measures that came on the
 * table, and explicit relations made (ultimatums, red lines, proposals, vote threats). A
 * measure new on the table is one item, not one per party. Empty for the first phase. Derived
 * once per dataset and phase: the matrix's list and the phase announcer both ask for it.
 */
export function phaseChanges(dataset: Dataset, phaseId: string): readonly PhaseChange[] {
  return changesAt(dataset, phaseId, () => deriveChanges(dataset, phaseId))
}

const changesAt = datasetMemo<readonly PhaseChange[]>()

function deriveChanges(dataset: Dataset, phaseId: string): PhaseChange[] {
  const at = dataset.phaseIndex.get(phaseId) ?? 0
  const previous = dataset.phases[at - 1]
  if (!previous) return []
  const tabled = dataset.measures.filter(
    (m) => isOnTable(dataset, m.id, phaseId) && !isOnTable(dataset, m.id, previous.id),
  )
  const relations = dataset.relations.filter(
    (r) => r.phase === phaseId && NEWS_RELATION_KINDS.has(r.kind),
  )
  const standing = dataset.measures.filter((m) => isOnTable(dataset, m.id, previous.id))
  const moved: PhaseChange[] = partiesBySide(dataset).flatMap((party) =>
    standing.flatMap((measure): PhaseChange[] => {
      const byPhase = dataset.stanceGrid.get(party.id)?.get(measure.id)
      const now = shownCell(byPhase, at, 'carried')
      const before = shownCell(byPhase, at - 1, 'carried')
      if (!isChange(now, before) || now.kind !== 'stance' || now.value === 'unknown') return []
      const from = before.kind === 'stance' && before.value !== 'unknown' ? before.value : null
      return [{ kind: 'moved', party, measure, from, to: now.value }]
    }),
  )
  // Moves first: they are what the matrix below shows changing.
  return [
    ...moved,
    ...tabled.map((measure): PhaseChange => ({ kind: 'tabled', measure })),
    ...relations.map((relation): PhaseChange => ({ kind: 'relation', relation })),
  ]
}

/**
 * True when a move hardens: towards rejection (supports → red line), or into a demand (a party
 * that now will not deal without it); false when it softens.
 */
export function hardened(from: Position, to: Position): boolean {
  if (to === 'demand' || from === 'demand') return to === 'demand'
  return positionRank(to) > positionRank(from)
}
