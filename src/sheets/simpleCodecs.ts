import { LANGUAGES } from '../data/languages.ts'
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
export function number(key: string): FieldCodec {
  return fixedColumns(
    [key],
    {},
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

/** A `{ nl, en }` text in the columns `<key>_nl` and `<key>_en`; both empty leaves it out. */
export function localized(key: string, options: ColumnOptions = {}): FieldCodec {
  const columns = LANGUAGES.map((language) => `${key}_${language}`)
  return fixedColumns(
    columns,
    options,
    (record) => {
      const value = (record[key] ?? {}) as Record<string, string | undefined>
      return Object.fromEntries(LANGUAGES.map((l) => [`${key}_${l}`, value[l] ?? '']))
    },
    (cells, record) => {
      const entries = LANGUAGES.map((l) => [l, cell(cells, `${key}_${l}`)] as const)
      const given = entries.filter(([, value]) => value !== '')
      if (given.length > 0) record[key] = Object.fromEntries(given)
      return []
    },
  )
}
