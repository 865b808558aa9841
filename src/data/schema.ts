import { z } from 'zod'
import { quoteValue } from './problem.ts'
import {
  dateSchema,
  hexColourSchema,
  idSchema,
  languageSchema,
  localizedSchema,
  publicationDateSchema,
  sourceIdsSchema,
  textSchema,
  timeSchema,
  translationSchema,
  urlSchema,
} from './schemaPrimitives.ts'
import { CONFIDENCES, RELATION_KINDS, SIDES, STANCE_VALUES } from './vocabularies.ts'

/** The format's version; bump it when a dataset written for the old one would not load. */
export const SCHEMA_VERSION = 1

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    // String() throws on an object whose own toString is not a function: quote anything not a string.
    error: (issue) =>
      `must be one of: ${values.join(', ')} (got ${typeof issue.input === 'string' ? issue.input : quoteValue(issue.input)})`,
  })

const correctionSchema = z.strictObject({
  /** The day the correction was made. */
  date: dateSchema,
  /** What was wrong and what it says now. */
  text: localizedSchema,
})

const metaSchema = z.strictObject({
  id: idSchema,
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `must be ${SCHEMA_VERSION}` }),
  title: localizedSchema,
  deck: localizedSchema,
  /** Every language the dataset's texts are written in; each text holds exactly these. */
  languages: z.array(languageSchema).min(1, { error: 'must name at least one language' }),
  /** The language a reader sees first. */
  defaultLanguage: languageSchema,
  asOf: z.iso.datetime({
    offset: true,
    error: 'must be a date-time like 2023-07-10T12:00:00+02:00',
  }),
  credits: localizedSchema,
  licence: textSchema,
  outcome: localizedSchema.optional(),
  methodology: localizedSchema.optional(),
  /** Corrections to the published dataset, as newsrooms print them; any order (the page sorts by date). */
  corrections: z.array(correctionSchema).optional(),
  /** Seconds between a page's checks for a newer version of this file; absent: pages do not check. */
  refresh: z
    .int({ error: 'must be a whole number of seconds' })
    .min(5, { error: 'must be at least 5 seconds' })
    .max(86_400, { error: 'must be at most 86400 seconds (a day)' })
    .optional(),
})

/**
 * How many votes a decision needs: by default more than half of the filled seats; a fixed
 * number; or a fraction (two thirds) of the members or of the votes cast.
 */
const majorityRuleSchema = z.union(
  [
    z.strictObject({ seats: z.int().min(1) }),
    z.strictObject({
      fraction: z.enum(['1/2', '2/3', '3/5', '3/4'], {
        error: 'must be one of "1/2", "2/3", "3/5", "3/4"',
      }),
      of: z.enum(['members', 'votes'], { error: 'must be "members" or "votes"' }),
    }),
  ],
  {
    error: 'must be { "seats": <number> } or { "fraction": "2/3", "of": "members" | "votes" }',
  },
)

const chamberSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  seats: z.int({ error: 'must be a whole number of seats' }).min(1).max(10_000),
  /** Seats nobody holds at the time (a death, a resignation not yet filled). */
  vacant: z.int({ error: 'must be a whole number of seats' }).min(0).optional(),
  /** Seats of parties the dataset does not describe: shown as "other parties", counted for no one. */
  otherSeats: z.int({ error: 'must be a whole number of seats' }).min(0).optional(),
  /** Where the chamber's ordinary majority is not more than half of its filled seats. */
  majority: majorityRuleSchema.optional(),
})

const partySchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  shortName: textSchema.max(24, { error: 'a short name is at most 24 characters' }),
  colour: z.union(
    [hexColourSchema, z.strictObject({ light: hexColourSchema, dark: hexColourSchema })],
    {
      error: 'must be a colour "#rrggbb" or { "light": "#rrggbb", "dark": "#rrggbb" }',
    },
  ),
  seats: z.record(idSchema, z.int({ error: 'must be a whole number of seats' }).min(0)),
  side: oneOf(SIDES),
  leader: idSchema.nullable(),
  chair: idSchema.nullable(),
  note: localizedSchema.optional(),
  sources: sourceIdsSchema,
})

const personSchema = z.strictObject({
  id: idSchema,
  name: textSchema.max(120),
  party: idSchema.nullable(),
  roles: z.array(localizedSchema),
  sources: sourceIdsSchema,
})

const topicSchema = z.strictObject({ id: idSchema, label: localizedSchema })

const actorsSchema = z.strictObject({
  parties: z.array(idSchema),
  people: z.array(idSchema),
})

const measureSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  /**
   * An editor's short form of the title (about 20 characters) for where the whole title cannot
   * fit, such as a column header on a phone; never longer than the title (checkRules).
   */
  shortTitle: localizedSchema.optional(),
  explanation: localizedSchema,
  topic: idSchema,
  /** `null` when reporting does not say who proposed it. */
  proposedBy: actorsSchema.nullable(),
  /** The first phase at which the measure was on the table. */
  proposedAt: idSchema,
  /** The majority it needs where that differs from the chambers' own (a constitutional change). */
  majority: majorityRuleSchema.optional(),
  sources: sourceIdsSchema.min(1, { error: 'a measure needs at least one source' }),
})

const phaseSchema = z.strictObject({
  id: idSchema,
  label: localizedSchema,
  /** Start of a phase that spans days or months. */
  from: dateSchema.optional(),
  date: dateSchema,
  time: timeSchema.optional(),
})

const quoteSchema = z.strictObject({
  text: textSchema.max(400, { error: 'a quote is one short sentence (at most 400 characters)' }),
  language: languageSchema,
  speaker: idSchema,
  source: idSchema,
  /** A translation into the dataset's other languages, shown beneath and marked as one. */
  translation: translationSchema.optional(),
})

const stanceSchema = z.strictObject({
  party: idSchema,
  measure: idSchema,
  phase: idSchema,
  position: oneOf(STANCE_VALUES),
  /** Required unless the position is unknown. */
  confidence: oneOf(CONFIDENCES).optional(),
  /** For `unknown`, the reason it is unknown. */
  summary: localizedSchema,
  sources: sourceIdsSchema,
  quotes: z.array(quoteSchema).optional(),
})

const eventSchema = z.strictObject({
  id: idSchema,
  date: dateSchema,
  time: timeSchema.optional(),
  phase: idSchema,
  aftermath: z.boolean().optional(),
  title: localizedSchema,
  description: localizedSchema,
  people: z.array(idSchema),
  parties: z.array(idSchema),
  sources: sourceIdsSchema.min(1, { error: 'an event needs at least one source' }),
})

const actorSchema = z.strictObject({ party: idSchema.optional(), person: idSchema.optional() })

const relationSchema = z.strictObject({
  id: idSchema,
  kind: oneOf(RELATION_KINDS),
  from: actorSchema,
  to: actorSchema,
  measure: idSchema.optional(),
  date: dateSchema,
  time: timeSchema.optional(),
  phase: idSchema,
  summary: localizedSchema,
  quote: quoteSchema.optional(),
  sources: sourceIdsSchema.min(1, { error: 'a relation needs at least one source' }),
})

const sourceSchema = z.strictObject({
  id: idSchema,
  outlet: textSchema.max(80),
  /** The headline as published; `null` when it could not be verified. */
  title: textSchema.max(400).nullable(),
  /**
   * A short, neutral description of the piece written by the editor, used only when the headline
   * could not be verified (`title` is `null`).
   */
  description: localizedSchema.optional(),
  url: urlSchema,
  /** Publication date; `YYYY-MM` when only the month is known. Never guessed. */
  date: publicationDateSchema,
  language: languageSchema,
})

/** The dataset file as written by a newsroom: the single source of truth for its shape. */
export const rawDatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  meta: metaSchema,
  chambers: z.array(chamberSchema).min(1),
  parties: z.array(partySchema).min(1),
  people: z.array(personSchema),
  topics: z.array(topicSchema).min(1),
  measures: z.array(measureSchema).min(1),
  phases: z.array(phaseSchema).min(1),
  stances: z.array(stanceSchema),
  events: z.array(eventSchema),
  relations: z.array(relationSchema),
  sources: z.array(sourceSchema).min(1),
})

export type RawDataset = z.infer<typeof rawDatasetSchema>
export type RawParty = RawDataset['parties'][number]
export type RawPerson = RawDataset['people'][number]
export type RawMeasure = RawDataset['measures'][number]
export type RawPhase = RawDataset['phases'][number]
export type RawStance = RawDataset['stances'][number]
export type RawEvent = RawDataset['events'][number]
export type RawRelation = RawDataset['relations'][number]
export type RawSource = RawDataset['sources'][number]
export type RawCorrection = z.infer<typeof correctionSchema>
export type RawQuote = z.infer<typeof quoteSchema>
export type RawActor = z.infer<typeof actorSchema>
export type MajorityRule = z.infer<typeof majorityRuleSchema>
export type RawChamber = RawDataset['chambers'][number]
