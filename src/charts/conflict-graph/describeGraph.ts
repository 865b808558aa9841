import type { Dataset } from '../../data/indexDataset.ts'
import { type Language, textIn } from '../../data/languages.ts'
import type { ConflictModel, PairEdge, RelationEdge } from '../../model/conflictModel.ts'
import { leadSeats } from '../../model/partyOrder.ts'
import { formatDate, formatNumber } from '../../ui/format.ts'
import { inSentence } from '../../ui/inSentence.ts'
import { fill, messages } from '../../ui/strings.ts'
import { DISAGREEMENT_CUTOFF } from './graphSizes.ts'

/** A 0–1 distance written for a language, two decimals. */
export function formatDistance(value: number, language: Language): string {
  return formatNumber(value, language, 2)
}

/** Words for a 0–1 distance: strongly agree … strongly disagree. */
export function agreementLevel(value: number, language: Language): string {
  const levels = messages(language).agreementLevels
  return levels[Math.min(3, Math.floor(value * 4))] ?? levels[3]
}

const shortName = (dataset: Dataset, id: string) => dataset.partyById.get(id)?.shortName ?? id

/** Screen-reader name of a party node. */
export function describeNode(dataset: Dataset, language: Language, partyId: string): string {
  const party = dataset.partyById.get(partyId)
  if (!party) return partyId
  return fill(
    messages(language).sections.nodeName,
    {
      // The visible label comes first, so speech and sight agree (WCAG 2.5.3).
      short: party.shortName,
      party: textIn(party.name, language),
      side: inSentence(messages(language).sides[party.side], language),
      seats: leadSeats(dataset, party),
      chamber: dataset.chambers[0]?.name[language] ?? '',
    },
    language,
  )
}

/** Screen-reader name of a pair edge. */
export function describePair(dataset: Dataset, language: Language, pair: PairEdge): string {
  const value = pair.disagreement.value ?? 0
  return fill(
    messages(language).sections.pairName,
    {
      a: shortName(dataset, pair.a),
      b: shortName(dataset, pair.b),
      level: agreementLevel(value, language),
      value: formatDistance(value, language),
      basis: pair.disagreement.basis,
    },
    language,
  )
}

/**
 * Screen-reader name of the relations from one party to another: each kind with its date. It
 * starts with what the arrow shows, its label or, where none fits, its marker's number (`shown`),
 * so speech and sight agree (WCAG 2.5.3).
 */
export function describeRelation(
  dataset: Dataset,
  language: Language,
  edge: RelationEdge,
  shown: string = relationLabel(language, edge),
): string {
  return fill(
    messages(language).sections.relationName,
    {
      label: shown,
      from: shortName(dataset, edge.from),
      to: shortName(dataset, edge.to),
      list: edge.relations
        .map((r) => `${messages(language).relations[r.kind]} (${formatDate(r.date, language)})`)
        .join(messages(language).punctuation.listSeparator),
    },
    language,
  )
}

/** The words on a relation arrow, one per kind, at most two named ("+1" after the second). */
export function relationKinds(language: Language, edge: RelationEdge): string[] {
  const kinds = [...new Set(edge.relations.map((r) => messages(language).relations[r.kind]))]
  if (kinds.length <= 2) return kinds
  // A no-break space keeps the count with its word when the label wraps.
  return [kinds[0] ?? '', `${kinds[1] ?? ''}\u00a0+${kinds.length - 2}`]
}

/** The short label on a relation arrow: its kinds, at most two named. */
export function relationLabel(language: Language, edge: RelationEdge): string {
  return relationKinds(language, edge).join(' · ')
}

/** A numbered marker's line in the graph's key: who to whom, and the arrow's label. */
export function relationKeyText(dataset: Dataset, language: Language, edge: RelationEdge): string {
  return `${shortName(dataset, edge.from)} → ${shortName(dataset, edge.to)}: ${relationLabel(language, edge)}`
}

/** A generated summary of the whole graph. */
export function describeGraph(language: Language, model: ConflictModel): string {
  return fill(
    messages(language).sections.graphSummary,
    {
      parties: model.parties.length,
      pairs: model.pairs.length,
      disagree: model.pairs.filter((p) => (p.disagreement.value ?? 0) >= DISAGREEMENT_CUTOFF)
        .length,
      relations: model.relations.length,
    },
    language,
  )
}
