import type { RawDataset } from '../data/schema.ts'
import { type PluralForms, plural } from './plural.ts'

// The command-line tools speak English, with the same plural rules as the page.

/** "1 problem", "3 problems". */
export function problemCount(count: number): string {
  return plural('en', count, { one: '{n} problem', other: '{n} problems' })
}

const PARTS: readonly [keyof RawDataset, PluralForms][] = [
  ['parties', { one: '{n} party', other: '{n} parties' }],
  ['people', { one: '{n} person', other: '{n} people' }],
  ['measures', { one: '{n} measure', other: '{n} measures' }],
  ['phases', { one: '{n} phase', other: '{n} phases' }],
  ['stances', { one: '{n} stance', other: '{n} stances' }],
  ['events', { one: '{n} event', other: '{n} events' }],
  ['relations', { one: '{n} relation', other: '{n} relations' }],
  ['sources', { one: '{n} source', other: '{n} sources' }],
]

/** A one-line census of a dataset: "1 party, 2 people, 1 measure, …". */
export function census(d: RawDataset): string {
  return PARTS.map(([key, forms]) =>
    plural('en', (d[key] as readonly unknown[]).length, forms),
  ).join(', ')
}
