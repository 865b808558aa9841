import type { Dataset } from '../data/indexDataset.ts'
import { type Citation, sourceCitations } from '../data/sourceCitations.ts'

/** The record a citation points at, as a stable key: `stance:vvd|cap|fri`, `event:fall`… */
export function citationKey(citation: Citation): string {
  switch (citation.kind) {
    case 'stance':
      return `stance:${citation.party}|${citation.measure}|${citation.phase}`
    case 'party':
      return `party:${citation.party}`
    case 'person':
      return `person:${citation.person}`
    case 'measure':
      return `measure:${citation.measure}`
    case 'event':
      return `event:${citation.event}`
    case 'relation':
      return `relation:${citation.relation}`
  }
}

/**
 * What each source is cited for: every record that cites it, once (a stance citing a source
 * in its sources and in a quote is one record), stances first, then events, relations,
 * measures, parties and people, each in dataset order.
 */
export function citedFor(dataset: Dataset): ReadonlyMap<string, readonly Citation[]> {
  const result = new Map<string, Citation[]>()
  for (const [id, citations] of sourceCitations(dataset)) {
    const seen = new Set<string>()
    const unique = citations.filter((c) => {
      const key = citationKey(c)
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    result.set(
      id,
      unique.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)),
    )
  }
  return result
}

const KIND_ORDER: readonly Citation['kind'][] = [
  'stance',
  'event',
  'relation',
  'measure',
  'party',
  'person',
]
