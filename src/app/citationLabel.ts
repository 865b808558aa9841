import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import type { RawActor } from '../data/schema.ts'
import type { Citation } from '../data/sourceCitations.ts'
import { formatDate } from '../ui/format.ts'
import { fill, messages } from '../ui/strings.ts'

/** A short text naming what a source is cited for: "VVD on Cap, Friday 7 July", an event… */
export function citationLabel(dataset: Dataset, language: Language, citation: Citation): string {
  const strings = messages(language).sections
  const party = (id: string) => dataset.partyById.get(id)?.shortName ?? id
  const measure = (id: string) => dataset.measureById.get(id)?.title[language] ?? id
  switch (citation.kind) {
    case 'stance':
      return fill(
        strings.citedStance,
        {
          party: party(citation.party),
          measure: measure(citation.measure),
          phase: dataset.phaseById.get(citation.phase)?.label[language] ?? citation.phase,
        },
        language,
      )
    case 'event': {
      const event = dataset.events.find((e) => e.id === citation.event)
      return event
        ? `${formatDate(event.date, language)}: ${event.title[language]}`
        : citation.event
    }
    case 'relation': {
      const relation = dataset.relations.find((r) => r.id === citation.relation)
      if (!relation) return citation.relation
      const actor = (a: RawActor) =>
        a.party ? party(a.party) : (dataset.personById.get(a.person ?? '')?.name ?? '')
      return fill(
        strings.citedRelation,
        {
          from: actor(relation.from),
          to: actor(relation.to),
          kind: messages(language).relations[relation.kind],
        },
        language,
      )
    }
    case 'measure':
      return fill(strings.citedMeasure, { measure: measure(citation.measure) }, language)
    case 'party':
      return fill(strings.citedSeats, { party: party(citation.party) }, language)
    case 'person':
      return dataset.personById.get(citation.person)?.name ?? citation.person
  }
}
