import type { Dataset } from '../data/indexDataset.ts'
import type { StanceRule } from '../data/vocabularies.ts'
import { type StanceCell, stanceCell } from './stanceCell.ts'

/** A shown view of one dataset: the phase the reader sees and the stance rule. */
export type ShownView = { dataset: Dataset; phase: string; rule: StanceRule }

/** The key of one matrix cell in `updatedStances`' result. */
export const cellKey = (party: string, measure: string) => `${party}|${measure}`

/**
 * The cells whose shown stance differs between what the reader saw before a live update and what
 * they see after it (`party|measure` keys): another position, a measure newly on or off the
 * table, or a stance now reported where it was carried (or the reverse), another confidence. Parties and measures
 * only in one version count too.
 */
export function updatedStances(before: ShownView, after: ShownView): Set<string> {
  const changed = new Set<string>()
  for (const party of after.dataset.parties)
    for (const measure of after.dataset.measures) {
      const now = stanceCell(after.dataset, party.id, measure.id, after.phase, after.rule)
      const known =
        before.dataset.partyById.has(party.id) && before.dataset.measureById.has(measure.id)
      const then = known
        ? stanceCell(before.dataset, party.id, measure.id, before.phase, before.rule)
        : null
      if (then === null || !sameShown(then, now)) changed.add(cellKey(party.id, measure.id))
    }
  return changed
}

function sameShown(a: StanceCell, b: StanceCell): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'not-on-table' || b.kind === 'not-on-table') return true
  return (
    a.value === b.value && a.carried === b.carried && a.stance?.confidence === b.stance?.confidence
  )
}
