import type { RecordList } from '../data/recordLists.ts'
import { nested, proposedBy, roles } from './compoundCodecs.ts'
import type { FieldCodec } from './fieldCodec.ts'
import { colour, seats } from './partyCodecs.ts'
import { flag, ids, localized, majorityRule, nullable, number, text } from './simpleCodecs.ts'

// Field order follows src/data/schema.ts, so imported records list their keys the way the schema does.

const optional = { optionalColumn: true }

/** A quote's fields: a row of quotes.csv, or a relation's `quote_*` columns. */
export const QUOTE_FIELDS: readonly FieldCodec[] = [
  text('text'),
  text('language'),
  text('speaker'),
  text('source'),
  localized('translation'),
]

/** A relation's `from` or `to`: exactly one of `<key>_party` or `<key>_person` is filled in. */
const actor = (key: string) => nested(key, [text('party'), text('person')])

/** The columns of every record sheet, field by field. */
export const SHEET_FIELDS: Record<RecordList, readonly FieldCodec[]> = {
  chambers: [
    text('id'),
    localized('name'),
    number('seats'),
    number('vacant', optional),
    number('otherSeats', optional),
    majorityRule('majority'),
  ],
  parties: [
    text('id'),
    localized('name'),
    text('shortName'),
    colour(),
    seats(),
    text('side'),
    nullable('leader'),
    nullable('chair'),
    localized('note'),
    ids('sources'),
  ],
  people: [text('id'), text('name'), nullable('party'), roles(), ids('sources')],
  topics: [text('id'), localized('label')],
  measures: [
    text('id'),
    localized('title'),
    localized('shortTitle'),
    localized('explanation'),
    text('topic'),
    proposedBy(),
    text('proposedAt'),
    majorityRule('majority'),
    ids('sources'),
  ],
  phases: [
    text('id'),
    localized('label'),
    text('from', optional),
    text('date'),
    text('time', optional),
  ],
  stances: [
    text('party'),
    text('measure'),
    text('phase'),
    text('position'),
    text('confidence'),
    localized('summary'),
    ids('sources'),
  ],
  events: [
    text('id'),
    text('date'),
    text('time', optional),
    text('phase'),
    flag('aftermath', optional),
    localized('title'),
    localized('description'),
    ids('people'),
    ids('parties'),
    ids('sources'),
  ],
  relations: [
    text('id'),
    text('kind'),
    actor('from'),
    actor('to'),
    text('measure', optional),
    text('date'),
    text('time', optional),
    text('phase'),
    localized('summary'),
    nested('quote', QUOTE_FIELDS, { optionalColumn: true, optionalField: true }),
    ids('sources'),
  ],
  sources: [
    text('id'),
    text('outlet'),
    nullable('title'),
    localized('description'),
    text('url'),
    text('date'),
    text('language'),
  ],
}

/** The columns of the corrections sheet: one row per item of `meta.corrections`. */
export const CORRECTION_FIELDS: readonly FieldCodec[] = [text('date'), localized('text')]

/** The columns of the quotes sheet: the stance a quote belongs to, then the quote. */
export const QUOTE_KEY_FIELDS: readonly FieldCodec[] = [
  text('party'),
  text('measure'),
  text('phase'),
]
