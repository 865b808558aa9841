/**
 * The record lists of a dataset, in the format's order (as `schema.ts` and data/README.md list
 * them). The validator, the spreadsheet sheets, the census and the editor all walk this one list,
 * so a new list is added here once.
 */
export const RECORD_LISTS = [
  'chambers',
  'parties',
  'people',
  'topics',
  'measures',
  'phases',
  'stances',
  'events',
  'relations',
  'sources',
] as const
/** One of the record lists. */
export type RecordList = (typeof RECORD_LISTS)[number]

/**
 * The English noun for one record of each list; a list's own name is its plural ("2 parties").
 * English because the validator's messages, the command-line tools and the editor speak English;
 * the reader's page takes its words from the i18n catalogues instead.
 */
export const RECORD_NOUN: Readonly<Record<RecordList, string>> = {
  chambers: 'chamber',
  parties: 'party',
  people: 'person',
  topics: 'topic',
  measures: 'measure',
  phases: 'phase',
  stances: 'stance',
  events: 'event',
  relations: 'relation',
  sources: 'source',
}

/** A list whose records carry an id: all but stances, which a party, measure and phase name. */
export type IdList = Exclude<RecordList, 'stances'>
/** The lists whose records carry an id, in the format's order. */
export const ID_LISTS: readonly IdList[] = RECORD_LISTS.filter(
  (list): list is IdList => list !== 'stances',
)
