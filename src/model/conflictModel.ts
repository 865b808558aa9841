import type { Dataset } from '../data/indexDataset.ts'
import type { RawParty, RawRelation } from '../data/schema.ts'
import type { StanceRule } from '../data/vocabularies.ts'
import { type Disagreement, disagreement } from './disagreement.ts'
import { partiesBySide } from './partyOrder.ts'
import { actorParty, relationsInEffect } from './relationsInEffect.ts'
import { stanceCell } from './stanceCell.ts'

/** Which parties and measures the conflict graph covers. */
export type ConflictOptions = {
  phase: string
  /** Only this measure, or all measures when `null`. */
  measure: string | null
  includeOpposition: boolean
  /** Last known stances carried forward, or only what was reported at the phase. */
  rule: StanceRule
}

/** A pair of parties and how far apart they stood. */
export type PairEdge = { a: string; b: string; disagreement: Disagreement }
/** The explicit relations from one party to another, drawn as one arrow (people stand for their party). */
export type RelationEdge = { from: string; to: string; relations: RawRelation[] }

/** The conflict graph as data, before any geometry. */
export type ConflictModel = {
  parties: RawParty[]
  pairs: PairEdge[]
  relations: RelationEdge[]
}

/** Derives the graph for a phase: every shown pair's disagreement and the explicit relations in effect. */
export function conflictModel(dataset: Dataset, options: ConflictOptions): ConflictModel {
  const parties = partiesBySide(dataset).filter(
    (p) => options.includeOpposition || p.side !== 'opposition',
  )
  const shown = new Set(parties.map((p) => p.id))
  const measures = options.measure ? [options.measure] : dataset.measures.map((m) => m.id)
  // Only parties with a known stance here can form a pair; skipping the rest keeps a
  // thousand-party dataset from costing half a million comparisons.
  const speaking = parties.filter((p) =>
    measures.some((m) => {
      const cell = stanceCell(dataset, p.id, m, options.phase, options.rule)
      return cell.kind === 'stance' && cell.value !== 'unknown'
    }),
  )
  const pairs: PairEdge[] = []
  speaking.forEach((a, i) => {
    for (const b of speaking.slice(i + 1)) {
      const d = disagreement(dataset, a.id, b.id, options.phase, measures, options.rule)
      // Pairs with no shared known stance have no edge: silence is not agreement.
      if (d.value !== null) pairs.push({ a: a.id, b: b.id, disagreement: d })
    }
  })
  const relations: RelationEdge[] = []
  for (const relation of relationsInEffect(dataset, options.phase)) {
    if (options.measure && relation.measure && relation.measure !== options.measure) continue
    const from = actorParty(dataset, relation.from)
    const to = actorParty(dataset, relation.to)
    if (!from || !to || from === to || !shown.has(from) || !shown.has(to)) continue
    const edge = relations.find((e) => e.from === from && e.to === to)
    if (edge) edge.relations.push(relation)
    else relations.push({ from, to, relations: [relation] })
  }
  return { parties, pairs, relations }
}
