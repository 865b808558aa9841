import { isLanguage } from '../data/languages.ts'
import { type ColumnOptions, cell, type FieldCodec, fixedColumns } from './fieldCodec.ts'
import { formatIdList, parseIdList } from './listCell.ts'

// Every reader below leaves a field out when its cell is empty, so optional fields stay absent
// (exactOptionalPropertyTypes) and a missing required one is reported by the validator.

/** A plain text, id, date or enum field in one column of the same name. */
export function text(key: string, options: ColumnOptions = {}): FieldCodec {
  return fixedColumns(
    [key],
    options,
    (record) => ({ [key]: record[key] === undefined ? '' : String(record[key]) }),
    (cells, record) => {
      const value = cell(cells, key)
      if (value !== '') record[key] = value
      return []
    },
  )
}

/** A field that is a text or `null` (a party's leader, a source's title): empty means `null`. */
export function nullable(key: string): FieldCodec {
  return fixedColumns(
    [key],
    {},
    (record) => ({ [key]: record[key] == null ? '' : String(record[key]) }),
    (cells, record) => {
      const value = cell(cells, key)
      record[key] = value === '' ? null : value
      return []
    },
  )
}

/** A whole number; anything that is not a number is kept as text for the validator to quote. */
export function number(key: string, options: ColumnOptions = {}): FieldCodec {
  return fixedColumns(
    [key],
    options,
    (record) => ({ [key]: record[key] === undefined ? '' : String(record[key]) }),
    (cells, record) => {
      const value = cell(cells, key).trim()
      if (value !== '') record[key] = parseNumber(value)
      return []
    },
  )
}

/** Reads a cell as a number when it is written as one, else returns the text unchanged. */
export function parseNumber(value: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value
}

/** A yes/no field written `true` or `false` (any case: spreadsheets write `TRUE`). */
export function flag(key: string, options: ColumnOptions = {}): FieldCodec {
  return fixedColumns(
    [key],
    options,
    (record) => ({ [key]: record[key] === undefined ? '' : String(record[key]) }),
    (cells, record) => {
      const value = cell(cells, key).trim()
      const lower = value.toLowerCase()
      if (value !== '') record[key] = lower === 'true' ? true : lower === 'false' ? false : value
      return []
    },
  )
}

/** A list of ids in one cell, `vvd | d66`; an empty cell is an empty list. */
export function ids(key: string): FieldCodec {
  return fixedColumns(
    [key],
    {},
    (record) => ({ [key]: formatIdList((record[key] as string[] | undefined) ?? []) }),
    (cells, record) => {
      record[key] = parseIdList(cell(cells, key))
      return []
    },
  )
}

/**
 * A majority rule in one cell, as a desk would say it: `400` (seats), `2/3 members` or
 * `3/5 votes`; empty leaves the default (more than half). Anything else is kept as text, so the
 * validator names the cell and what a rule looks like.
 */
export function majorityRule(key: string): FieldCodec {
  return fixedColumns(
    [key],
    { optionalColumn: true },
    (record) => ({ [key]: formatMajorityRule(record[key]) }),
    (cells, record) => {
      const value = cell(cells, key).trim()
      if (value !== '') record[key] = parseMajorityRule(value)
      return []
    },
  )
}

function formatMajorityRule(rule: unknown): string {
  if (rule == null || typeof rule !== 'object') return rule == null ? '' : String(rule)
  const { seats, fraction, of } = rule as { seats?: number; fraction?: string; of?: string }
  return seats !== undefined ? String(seats) : `${fraction} ${of}`
}

function parseMajorityRule(value: string): unknown {
  if (/^\d+$/.test(value)) return { seats: Number(value) }
  const match = /^(\d+\/\d+)\s+(\S+)$/.exec(value)
  return match ? { fraction: match[1], of: match[2] } : value
}

/** A text per language in the columns `<key>_<language>` (`title_de`, `title_en`); all empty leaves it out. */
export function localized(key: string): FieldCodec {
  const languageOf = languageColumn(`${key}_`)
  return {
    columns: ({ languages }) => languages.map((language) => `${key}_${language}`),
    owns: (column) => languageOf(column) !== undefined,
    // Which languages a text needs is the dataset's to say (meta.languages): the validator names
    // a missing one with its record, so no column is required here.
    required: [],
    write: (record) => {
      const value = (record[key] ?? {}) as Record<string, string | undefined>
      return Object.fromEntries(
        Object.entries(value).map(([language, text]) => [`${key}_${language}`, text ?? '']),
      )
    },
    read: (cells, record) => {
      const given = Object.keys(cells).flatMap((column) => {
        const language = languageOf(column)
        const value = cell(cells, column)
        return language === undefined || value === '' ? [] : [[language, value] as const]
      })
      if (given.length > 0) record[key] = Object.fromEntries(given)
      return []
    },
  }
}

/**
 * Reads the language out of a column named `<prefix><language>`, or `undefined` for another
 * column: `title_de` gives `de`, `title_pt-BR` gives `pt-BR`.
 */
export function languageColumn(prefix: string): (column: string) => string | undefined {
  return (column) => {
    if (!column.startsWith(prefix)) return undefined
    const language = column.slice(prefix.length)
    return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) && isLanguage(language)
      ? language
      : undefined
  }
}
