import { countNoun } from './problem.ts'
import type { RawDataset } from './schema.ts'

// The command-line tools speak English; counts take their plural through Intl.PluralRules.

/** "1 problem", "3 problems". */
export function problemCount(count: number): string {
  return countNoun(count, 'problem', 'problems')
}

const PARTS: readonly [keyof RawDataset, string, string][] = [
  ['parties', 'party', 'parties'],
  ['people', 'person', 'people'],
  ['measures', 'measure', 'measures'],
  ['phases', 'phase', 'phases'],
  ['stances', 'stance', 'stances'],
  ['events', 'event', 'events'],
  ['relations', 'relation', 'relations'],
  ['sources', 'source', 'sources'],
]

/** A one-line census of a dataset: "1 party, 2 people, 1 measure, …". */
export function census(d: RawDataset): string {
  return PARTS.map(([key, one, other]) =>
    countNoun((d[key] as readonly unknown[]).length, one, other),
  ).join(', ')
}
