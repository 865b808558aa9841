import type { IdList } from '../data/recordLists.ts'
import { CONFIDENCES, RELATION_KINDS, SIDES, STANCE_VALUES } from '../data/vocabularies.ts'
import { en } from '../i18n/en.ts'

/** How the form edits one field of a record. */
export type FieldSpec = { key: string; label: string; optional?: boolean; hint?: string } & (
  | {
      kind:
        | 'id'
        | 'text'
        | 'date'
        | 'time'
        | 'number'
        | 'boolean'
        | 'colour'
        | 'seats'
        | 'languages'
        | 'language'
        | 'majority'
        | 'actor'
        | 'proposedBy'
        | 'roles'
        | 'quote'
        | 'quotes'
        | 'corrections'
    }
  | { kind: 'localized'; long?: boolean }
  | { kind: 'enum'; values: readonly string[]; labels?: Readonly<Record<string, string>> }
  | { kind: 'ref'; to: IdList; nullable?: boolean }
  | { kind: 'refs'; to: IdList }
)

const ID = { key: 'id', label: 'Id', kind: 'id' } as const
const SOURCES = { key: 'sources', label: 'Sources', kind: 'refs', to: 'sources' } as const
const DATE = { key: 'date', label: 'Date (YYYY-MM-DD)', kind: 'date' } as const
const TIME = { key: 'time', label: 'Time (HH:MM)', kind: 'time', optional: true } as const

/**
 * The record lists the editor has a form for, with every field of the format in the schema's
 * order (a unit test holds them to the schema, so a new field stops it until it has a box).
 */
export const RECORD_SPECS = {
  chambers: [
    ID,
    { key: 'name', label: 'Name', kind: 'localized' },
    { key: 'seats', label: 'Seats', kind: 'number' },
    {
      key: 'vacant',
      label: 'Vacant seats, held by nobody now',
      kind: 'number',
      optional: true,
    },
    {
      key: 'otherSeats',
      label: 'Seats of parties the dataset does not describe',
      kind: 'number',
      optional: true,
    },
    { key: 'majority', label: 'Majority rule', kind: 'majority', optional: true },
  ],
  parties: [
    ID,
    { key: 'name', label: 'Name', kind: 'localized' },
    { key: 'shortName', label: 'Short name (at most 24 characters)', kind: 'text' },
    { key: 'colour', label: 'Colour', kind: 'colour' },
    { key: 'seats', label: 'Seats', kind: 'seats' },
    { key: 'side', label: 'Side', kind: 'enum', values: SIDES, labels: en.sides },
    { key: 'leader', label: 'Leader', kind: 'ref', to: 'people', nullable: true },
    { key: 'chair', label: 'Parliamentary chair', kind: 'ref', to: 'people', nullable: true },
    { key: 'note', label: 'Note', kind: 'localized', optional: true },
    SOURCES,
  ],
  people: [
    ID,
    { key: 'name', label: 'Name', kind: 'text' },
    { key: 'party', label: 'Party', kind: 'ref', to: 'parties', nullable: true },
    { key: 'roles', label: 'Roles (as they were at the time)', kind: 'roles' },
    SOURCES,
  ],
  topics: [ID, { key: 'label', label: 'Label', kind: 'localized' }],
  measures: [
    ID,
    { key: 'title', label: 'Title', kind: 'localized' },
    {
      key: 'shortTitle',
      label: 'Short title (about 20 characters, for narrow columns)',
      kind: 'localized',
      optional: true,
    },
    { key: 'explanation', label: 'Explanation', kind: 'localized', long: true },
    { key: 'topic', label: 'Topic', kind: 'ref', to: 'topics' },
    { key: 'proposedBy', label: 'Proposed by', kind: 'proposedBy' },
    { key: 'proposedAt', label: 'On the table from phase', kind: 'ref', to: 'phases' },
    {
      key: 'majority',
      label: 'Majority it needs (where the chambers’ own rule does not apply)',
      kind: 'majority',
      optional: true,
    },
    SOURCES,
  ],
  phases: [
    ID,
    { key: 'label', label: 'Label', kind: 'localized' },
    {
      key: 'from',
      label: 'From (YYYY-MM-DD, for a phase of several days)',
      kind: 'date',
      optional: true,
    },
    DATE,
    TIME,
  ],
  events: [
    ID,
    DATE,
    TIME,
    { key: 'phase', label: 'Phase', kind: 'ref', to: 'phases' },
    {
      key: 'aftermath',
      label: 'Aftermath (after the last phase)',
      kind: 'boolean',
      optional: true,
    },
    { key: 'title', label: 'Title', kind: 'localized' },
    { key: 'description', label: 'Description', kind: 'localized', long: true },
    { key: 'people', label: 'People', kind: 'refs', to: 'people' },
    { key: 'parties', label: 'Parties', kind: 'refs', to: 'parties' },
    SOURCES,
  ],
  relations: [
    ID,
    { key: 'kind', label: 'Kind', kind: 'enum', values: RELATION_KINDS, labels: en.relations },
    { key: 'from', label: 'From', kind: 'actor' },
    { key: 'to', label: 'To', kind: 'actor' },
    { key: 'measure', label: 'Measure', kind: 'ref', to: 'measures', optional: true },
    DATE,
    TIME,
    { key: 'phase', label: 'Phase', kind: 'ref', to: 'phases' },
    { key: 'summary', label: 'Summary', kind: 'localized', long: true },
    { key: 'quote', label: 'Quote', kind: 'quote', optional: true },
    SOURCES,
  ],
  sources: [
    ID,
    { key: 'outlet', label: 'Outlet', kind: 'text' },
    {
      key: 'title',
      label: 'Headline as published (empty: not verified)',
      kind: 'text',
      optional: true,
    },
    {
      key: 'description',
      label: 'Description (when the headline is not verified)',
      kind: 'localized',
      optional: true,
    },
    { key: 'url', label: 'Address (URL)', kind: 'text' },
    {
      key: 'date',
      label: 'Published (YYYY-MM-DD, or YYYY-MM when the day is unknown)',
      kind: 'date',
    },
    { key: 'language', label: 'Language (BCP 47 tag)', kind: 'text' },
  ],
} as const satisfies Partial<Record<IdList, readonly FieldSpec[]>>

/** A record list with a form. */
export type FormKind = keyof typeof RECORD_SPECS

/** The meta fields, edited on their own form (schemaVersion is the format's, not the desk's). */
export const META_SPEC: readonly FieldSpec[] = [
  { key: 'id', label: 'Dataset id', kind: 'text' },
  { key: 'title', label: 'Title', kind: 'localized' },
  { key: 'deck', label: 'Deck', kind: 'localized', long: true },
  { key: 'languages', label: 'Languages', kind: 'languages' },
  { key: 'defaultLanguage', label: 'Default language', kind: 'language' },
  { key: 'asOf', label: 'As of (2023-07-10T12:00:00+02:00)', kind: 'text' },
  { key: 'credits', label: 'Credits', kind: 'localized' },
  { key: 'licence', label: 'Licence', kind: 'text' },
  { key: 'outcome', label: 'Outcome', kind: 'localized', long: true, optional: true },
  { key: 'methodology', label: 'Methodology', kind: 'localized', long: true, optional: true },
  { key: 'corrections', label: 'Corrections', kind: 'corrections', optional: true },
  {
    key: 'refresh',
    label: 'Check for updates every … seconds (empty: pages do not check)',
    kind: 'number',
    optional: true,
  },
]

/** The fields of a stance after its party, measure and phase (which the grid's cell gives). */
export const STANCE_SPEC: readonly FieldSpec[] = [
  { key: 'position', label: 'Position', kind: 'enum', values: STANCE_VALUES, labels: en.positions },
  {
    key: 'confidence',
    label: 'Confidence',
    kind: 'enum',
    values: CONFIDENCES,
    labels: en.confidence,
    optional: true,
  },
  { key: 'summary', label: 'Summary', kind: 'localized', long: true },
  SOURCES,
  { key: 'quotes', label: 'Quotes', kind: 'quotes', optional: true },
]
