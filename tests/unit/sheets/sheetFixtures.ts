import { readFileSync } from 'node:fs'
import { csvFormatRows, csvParseRows } from 'd3-dsv'
import type { RawDataset } from '../../../src/data/schema.ts'
import { datasetToSheets } from '../../../src/sheets/datasetToSheets.ts'

/** The datasets the round trip must keep exactly: the bundled ones and the test fixture. */
export const ROUND_TRIP_FILES = [
  'data/ampel-budget-2024.json',
  'data/rutte4-asylum-2023.json',
  'data/schoof-asylum-2025.json',
  'tests/fixtures/valid/testland.json',
]

/** Reads a dataset file as plain JSON. */
export function readDataset(path: string): RawDataset {
  return JSON.parse(readFileSync(path, 'utf8')) as RawDataset
}

/** testland's sheets, fresh for each test (see tests/support/testland.ts for its contents). */
export function testlandSheets(): Record<string, string> {
  return datasetToSheets(readDataset('tests/fixtures/valid/testland.json'))
}

/** Returns the sheets with one file's rows (header first) changed by `edit`. */
export function editSheet(
  sheets: Record<string, string>,
  file: string,
  edit: (rows: string[][]) => void,
): Record<string, string> {
  const rows = csvParseRows(sheets[file] ?? '')
  edit(rows)
  return { ...sheets, [file]: `${csvFormatRows(rows)}\n` }
}

/** Sets one cell, by spreadsheet row number (header = 1) and column name. */
export function setCell(rows: string[][], row: number, column: string, value: string): void {
  const index = rows[0]?.indexOf(column) ?? -1
  const cells = rows[row - 1]
  if (index < 0 || !cells) throw new Error(`no cell at row ${row}, column ${column}`)
  cells[index] = value
}
