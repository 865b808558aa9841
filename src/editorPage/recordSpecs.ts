import { CONFIDENCES, RELATION_KINDS, SIDES, STANCE_VALUES } from '../data/vocabularies.ts'
import type { IdKind } from '../editor/references.ts'

/** How the form edits one field of a record. */
export type FieldSpec = { key: string; label: string; optional?: boolean } & (
  | { kind: 'id' | 'text' | 'date' | 'time' | 'number' | 'colour' | 'seats' | 'languages' }
  | { kind: 'localized'; long?: boolean }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'ref'; to: IdKind; nullable?: boolean }
  | { kind: 'refs'; to: IdKind }
)

/** The record lists the editor has a form for, with their fields in the schema's order. */
export const RECORD_SPECS = {
  chambers: [
    { key: 'id', label: 'Id', kind: 'id' },
    { key: 'name', label: 'Name', kind: 'localized' },
    { key: 'seats', label: 'Seats', kind: 'number' },
  ],
  parties: [
    { key: 'id', label: 'Id', kind: 'id' },
    { key: 'name', label: 'Name', kind: 'localized' },
    { key: 'shortName', label: 'Short name', kind: 'text' },
    { key: 'colour', label: 'Colour', kind: 'colour' },
    { key: 'seats', label: 'Seats', kind: 'seats' },
    { key: 'side', label: 'Side', kind: 'enum', values: SIDES },
    { key: 'leader', label: 'Leader', kind: 'ref', to: 'people', nullable: true },
    { key: 'chair', label: 'Parliamentary chair', kind: 'ref', to: 'people', nullable: true },
    { key: 'note', label: 'Note', kind: 'localized', optional: true },
    { key: 'sources', label: 'Sources', kind: 'refs', to: 'sources' },
  ],
  people: [
    { key: 'id', label: 'Id', kind: 'id' },
    { key: 'name', label: 'Name', kind: 'text' },
    { key: 'party', label: 'Party', kind: 'ref', to: 'parties', nullable: true },
    { key: 'sources', label: 'Sources', kind: 'refs', to: 'sources' },
  ],
  topics: [
    { key: 'id', label: 'Id', kind: 'id' },
    { key: 'label', label: 'Label', kind: 'localized' },
  ],
  measures: [
    { key: 'id', label: 'Id', kind: 'id' },
    { key: 'title', label: 'Title', kind: 'localized' },
    { key: 'shortTitle', label: 'Short title', kind: 'localized', optional: true },
    { key: 'explanation', label: 'Explanation', kind: 'localized', long: true },
    { key: 'topic', label: 'Topic', kind: 'ref', to: 'topics' },
    { key: 'proposedAt', label: 'On the table from phase', kind: 'ref', to: 'phases' },
    { key: 'sources', label: 'Sources', kind: 'refs', to: 'sources' },
  ],
  phases: [
    { key: 'id', label: 'Id', kind: 'id' },
    { key: 'label', label: 'Label', kind: 'localized' },
    { key: 'from', label: 'From (YYYY-MM-DD)', kind: 'date', optional: true },
    { key: 'date', label: 'Date (YYYY-MM-DD)', kind: 'date' },
    { key: 'time', label: 'Time (HH:MM)', kind: 'time', optional: true },
  ],
  events: [
    { key: 'id', label: 'Id', kind: 'id' },
    { key: 'date', label: 'Date (YYYY-MM-DD)', kind: 'date' },
    { key: 'time', label: 'Time (HH:MM)', kind: 'time', optional: true },
    { key: 'phase', label: 'Phase', kind: 'ref', to: 'phases' },
    { key: 'title', label: 'Title', kind: 'localized' },
    { key: 'description', label: 'Description', kind: 'localized', long: true },
    { key: 'people', label: 'People', kind: 'refs', to: 'people' },
    { key: 'parties', label: 'Parties', kind: 'refs', to: 'parties' },
    { key: 'sources', label: 'Sources', kind: 'refs', to: 'sources' },
  ],
  relations: [
    { key: 'id', label: 'Id', kind: 'id' },
    { key: 'kind', label: 'Kind', kind: 'enum', values: RELATION_KINDS },
    { key: 'measure', label: 'Measure', kind: 'ref', to: 'measures', optional: true },
    { key: 'date', label: 'Date (YYYY-MM-DD)', kind: 'date' },
    { key: 'time', label: 'Time (HH:MM)', kind: 'time', optional: true },
    { key: 'phase', label: 'Phase', kind: 'ref', to: 'phases' },
    { key: 'summary', label: 'Summary', kind: 'localized', long: true },
    { key: 'sources', label: 'Sources', kind: 'refs', to: 'sources' },
  ],
  sources: [
    { key: 'id', label: 'Id', kind: 'id' },
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
    { key: 'date', label: 'Published (YYYY-MM-DD or YYYY-MM)', kind: 'date' },
    { key: 'language', label: 'Language (BCP 47 tag)', kind: 'text' },
  ],
} as const satisfies Partial<Record<IdKind, readonly FieldSpec[]>>

/** A record list with a form. */
export type FormKind = keyof typeof RECORD_SPECS

/** The meta fields, edited on their own form. */
export const META_SPEC: readonly FieldSpec[] = [
  { key: 'id', label: 'Dataset id', kind: 'text' },
  { key: 'title', label: 'Title', kind: 'localized' },
  { key: 'deck', label: 'Deck', kind: 'localized', long: true },
  { key: 'languages', label: 'Languages (BCP 47 tags, separated by commas)', kind: 'languages' },
  { key: 'defaultLanguage', label: 'Default language', kind: 'text' },
  { key: 'asOf', label: 'As of (2023-07-10T12:00:00+02:00)', kind: 'text' },
  { key: 'credits', label: 'Credits', kind: 'localized' },
  { key: 'licence', label: 'Licence', kind: 'text' },
  { key: 'outcome', label: 'Outcome', kind: 'localized', long: true, optional: true },
  { key: 'methodology', label: 'Methodology', kind: 'localized', long: true, optional: true },
]

/** The fields of a stance after its party, measure and phase (which the grid's cell gives). */
export const STANCE_SPEC: readonly FieldSpec[] = [
  { key: 'position', label: 'Position', kind: 'enum', values: STANCE_VALUES },
  { key: 'confidence', label: 'Confidence', kind: 'enum', values: CONFIDENCES, optional: true },
  { key: 'summary', label: 'Summary', kind: 'localized', long: true },
  { key: 'sources', label: 'Sources', kind: 'refs', to: 'sources' },
]

/** A record list's singular noun, for buttons and headings. */
export const NOUNS: Record<FormKind, string> = {
  chambers: 'chamber',
  parties: 'party',
  people: 'person',
  topics: 'topic',
  measures: 'measure',
  phases: 'phase',
  events: 'event',
  relations: 'relation',
  sources: 'source',
}
