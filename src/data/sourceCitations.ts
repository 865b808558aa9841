import type { RawDataset } from './schema.ts'

/** One place that cites a source: the record that cites it and the JSON path of the citation. */
export type Citation =
  | { kind: 'party'; party: string; path: string }
  | { kind: 'person'; person: string; path: string }
  | { kind: 'measure'; measure: string; path: string }
  | { kind: 'stance'; party: string; measure: string; phase: string; path: string }
  | { kind: 'event'; event: string; path: string }
  | { kind: 'relation'; relation: string; path: string }

/**
 * Every citation of every source id, in dataset order: the `sources` lists of parties (their seat
 * figures), people, measures, stances, events and relations, and the `source` of every quote. A
 * stance's or relation's quote counts as a citation by that stance or relation.
 */
export function sourceCitations(data: RawDataset): ReadonlyMap<string, readonly Citation[]> {
  const byId = new Map<string, Citation[]>()
  const add = (id: string, citation: Citation) => {
    const list = byId.get(id)
    if (list) list.push(citation)
    else byId.set(id, [citation])
  }
  const each = (ids: readonly string[], path: string, make: (path: string) => Citation) => {
    ids.forEach((id, i) => {
      add(id, make(`${path}[${i}]`))
    })
  }
  data.parties.forEach(({ id, sources }, i) => {
    each(sources, `parties[${i}].sources`, (path) => ({ kind: 'party', party: id, path }))
  })
  data.people.forEach(({ id, sources }, i) => {
    each(sources, `people[${i}].sources`, (path) => ({ kind: 'person', person: id, path }))
  })
  data.measures.forEach(({ id, sources }, i) => {
    each(sources, `measures[${i}].sources`, (path) => ({ kind: 'measure', measure: id, path }))
  })
  data.stances.forEach(({ party, measure, phase, sources, quotes }, i) => {
    const make = (path: string): Citation => ({ kind: 'stance', party, measure, phase, path })
    each(sources, `stances[${i}].sources`, make)
    quotes?.forEach((quote, j) => {
      add(quote.source, make(`stances[${i}].quotes[${j}].source`))
    })
  })
  data.events.forEach(({ id, sources }, i) => {
    each(sources, `events[${i}].sources`, (path) => ({ kind: 'event', event: id, path }))
  })
  data.relations.forEach(({ id, sources, quote }, i) => {
    const make = (path: string): Citation => ({ kind: 'relation', relation: id, path })
    each(sources, `relations[${i}].sources`, make)
    if (quote) add(quote.source, make(`relations[${i}].quote.source`))
  })
  return byId
}
