import { countNoun } from './problem.ts'
import { RECORD_LISTS, RECORD_NOUN } from './recordLists.ts'
import type { RawDataset } from './schema.ts'

// The command-line tools speak English; counts take their plural through Intl.PluralRules.

/** "1 problem", "3 problems". */
export function problemCount(count: number): string {
  return countNoun(count, 'problem', 'problems')
}

// The OK line counts the lists a desk fills record by record; chambers and topics are not counted.
const PARTS = RECORD_LISTS.filter((list) => list !== 'chambers' && list !== 'topics')

/** A one-line census of a dataset: "1 party, 2 people, 1 measure, …". */
export function census(d: RawDataset): string {
  return PARTS.map((list) => countNoun(d[list].length, RECORD_NOUN[list], list)).join(', ')
}
