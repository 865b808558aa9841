import { z } from 'zod'
import { canonicalLanguage, isLanguage, LANGUAGE_TAG } from './languages.ts'
import { quoteValue } from './problem.ts'

/** Ids are short lowercase slugs: readable in URLs and safe as keys (no `__proto__`). */
export const idSchema = z
  .string({ error: 'must be an id string' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `${quoteValue(issue.input)} is not a valid id (use lowercase a-z, 0-9 and hyphens, like "nareis-cap")`,
  })
  .max(64, { error: 'ids are at most 64 characters' })

/** Human-readable text: never empty, never huge. */
export const textSchema = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(2000, { error: 'is longer than 2000 characters' })
  // Also in the exported JSON Schema, which cannot trim: some visible character.
  .regex(/\S/, { error: 'must not be empty' })

/** A BCP 47 language tag in canonical form: `de`, `nl`, `pt-BR`, `he`. */
export const languageSchema = z
  .string({ error: 'must be a language tag' })
  // The shape reaches the exported JSON Schema too; the canonical spelling is zod's check alone.
  .regex(LANGUAGE_TAG, { error: (issue) => notALanguage(issue.input) })
  .refine(isLanguage, {
    error: (issue) => {
      const canonical = typeof issue.input === 'string' ? canonicalLanguage(issue.input) : undefined
      return canonical
        ? `${quoteValue(issue.input)} is written "${canonical}" as a language tag`
        : notALanguage(issue.input)
    },
  })

function notALanguage(value: unknown): string {
  return `${quoteValue(value)} is not a language tag (BCP 47, like "de", "nl" or "pt-BR")`
}

/**
 * Text in the dataset's languages, one text per language tag. That it holds exactly the
 * languages meta.languages declares is checked against the dataset (checkLanguages.ts).
 */
export const localizedSchema = z
  .record(languageSchema, textSchema, {
    error: 'must be an object with one text per language, like { "de": "…", "en": "…" }',
  })
  .refine((texts) => Object.keys(texts).length > 0, {
    error: "must hold a text in each of the dataset's languages",
  })

/**
 * A quote's translations: a text per language, for the dataset's languages other than the
 * quote's own (not every one need be given; each must be declared, see checkLanguages.ts).
 */
export const translationSchema = z.record(languageSchema, textSchema.max(600), {
  error: 'must be an object with a translation per language, like { "en": "…" }',
})

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `value` is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number)
  const date = new Date(Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0))
  return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d
}

/** A calendar day, `YYYY-MM-DD`. */
export const dateSchema = z
  .string({ error: 'must be a date string' })
  // The pattern also reaches the exported JSON Schema; the calendar check is zod's alone.
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (issue) => `${quoteValue(issue.input)} is not a date written YYYY-MM-DD`,
  })
  .refine(isCalendarDate, {
    error: (issue) => `${quoteValue(issue.input)} is not a date written YYYY-MM-DD`,
  })

/** A publication date: a calendar day, or only `YYYY-MM` where the day is not known. */
export const publicationDateSchema = z
  .string({ error: 'must be a date string' })
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, {
    error: (issue) =>
      `${quoteValue(issue.input)} is not a date written YYYY-MM-DD (or YYYY-MM when the day is unknown)`,
  })
  .refine((value) => isCalendarDate(value) || isCalendarDate(`${value}-01`), {
    error: (issue) =>
      `${quoteValue(issue.input)} is not a date written YYYY-MM-DD (or YYYY-MM when the day is unknown)`,
  })

/** A local clock time, `HH:MM` (24 h), only where a source gives it. */
export const timeSchema = z
  .string({ error: 'must be a time string' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
    error: (issue) => `${quoteValue(issue.input)} is not a time written HH:MM`,
  })

/** True for absolute http(s) URLs only: no javascript:, data:, file: or relative links. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** A link a reader may follow. */
export const urlSchema = z
  .string({ error: 'must be a URL string' })
  .max(2000, { error: 'is longer than 2000 characters' })
  .regex(/^https?:\/\/[^\s/]/i, {
    error: (issue) => `${quoteValue(issue.input)} is not an http(s) URL`,
  })
  .refine(isHttpUrl, {
    error: (issue) => `${quoteValue(issue.input)} is not an http(s) URL`,
  })

/** A `#rrggbb` colour. */
export const hexColourSchema = z
  .string({ error: 'must be a colour string' })
  .regex(/^#[0-9a-fA-F]{6}$/, {
    error: (issue) => `${quoteValue(issue.input)} is not a colour written #rrggbb`,
  })

/** A list of source ids. */
export const sourceIdsSchema = z.array(idSchema, { error: 'must be a list of source ids' })
