import { RECORD_LISTS, type RecordList } from '../data/recordLists.ts'
import { attachQuotes } from './attachQuotes.ts'
import { type JsonRecord, readRecord } from './fieldCodec.ts'
import { readMeta } from './metaSheet.ts'
import type { Table } from './readTable.ts'
import { CORRECTION_FIELDS, SHEET_FIELDS } from './sheetFields.ts'
import { type SheetName, sheetFile } from './sheetNames.ts'
import type { SheetProblem } from './sheetProblem.ts'

/** Where each part of an assembled dataset came from, to point the validator's problems back. */
export type SheetLocator = {
  /** The row of each meta key. */
  metaRows: ReadonlyMap<string, number>
  /** Per collection, the row of the record at each index. */
  rows: Readonly<Record<RecordList, readonly number[]>>
  /** Per stance index, the quotes.csv row of each of its quotes. */
  quoteRows: ReadonlyMap<number, readonly number[]>
  /** The corrections.csv row of each item of `meta.corrections`. */
  correctionRows: readonly number[]
  /** Each sheet's header columns. */
  columns: Readonly<Record<SheetName, readonly string[]>>
}

/** The `$schema` every imported dataset points at: the schema next to the datasets in data/. */
export const IMPORTED_SCHEMA = './schema.json'

/** Builds the dataset JSON from parsed sheets, unvalidated, with a locator for its problems. */
export function assembleDataset(tables: Readonly<Record<SheetName, Table>>): {
  raw: JsonRecord
  locator: SheetLocator
  problems: SheetProblem[]
} {
  const problems: SheetProblem[] = []
  const { meta, keyRows, problems: metaProblems } = readMeta(tables.meta)
  problems.push(...metaProblems)
  const raw: JsonRecord = { $schema: IMPORTED_SCHEMA, meta }
  const rows = {} as Record<RecordList, number[]>
  for (const name of RECORD_LISTS) {
    const table = tables[name]
    rows[name] = table.rows.map(({ row }) => row)
    raw[name] = table.rows.map(({ row, cells }) => {
      const read = readRecord(SHEET_FIELDS[name], cells)
      problems.push(...read.problems.map((p) => ({ file: sheetFile(name), row, ...p })))
      return read.record
    })
  }
  const { quoteRows, problems: quoteProblems } = attachQuotes(
    raw.stances as JsonRecord[],
    tables.quotes,
  )
  problems.push(...quoteProblems)
  const correctionRows = tables.corrections.rows.map(({ row }) => row)
  const corrections = tables.corrections.rows.map(({ row, cells }) => {
    const read = readRecord(CORRECTION_FIELDS, cells)
    problems.push(...read.problems.map((p) => ({ file: sheetFile('corrections'), row, ...p })))
    return read.record
  })
  // No rows leaves the optional field out, so a dataset without corrections round-trips exactly.
  if (corrections.length > 0) meta.corrections = corrections
  const columns = Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [name, table.columns]),
  ) as Record<SheetName, string[]>
  return { raw, locator: { metaRows: keyRows, rows, quoteRows, correctionRows, columns }, problems }
}
