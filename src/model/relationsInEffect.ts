import type { Dataset } from '../data/indexDataset.ts'
import type { RawActor, RawRelation } from '../data/schema.ts'

/** The party an actor stands for: the party itself, or a person's party (`null` if none). */
export function actorParty(dataset: Dataset, actor: RawActor): string | null {
  if (actor.party) return actor.party
  return actor.person ? (dataset.personById.get(actor.person)?.party ?? null) : null
}

/**
 * Relations in effect at a phase: those made at this phase or earlier. An ultimatum or a red
 * line, once said, stands until the dispute ends; the dataset has no "withdrawn" marker yet.
 */
export function relationsInEffect(dataset: Dataset, phaseId: string): RawRelation[] {
  const at = dataset.phaseIndex.get(phaseId) ?? -1
  return dataset.relations.filter(
    (r) => (dataset.phaseIndex.get(r.phase) ?? Number.POSITIVE_INFINITY) <= at,
  )
}
