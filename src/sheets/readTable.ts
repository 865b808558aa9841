import { dsvFormat } from 'd3-dsv'
import { detectDelimiter } from './detectDelimiter.ts'
import type { SheetProblem } from './sheetProblem.ts'

/** The columns a sheet accepts: which it must have, and which it knows. */
export type SheetColumns = {
  /** True when an imported header column belongs to the sheet. */
  accepts: (column: string) => boolean
  required: readonly string[]
  /** The documented columns, for error messages. */
  known: readonly string[]
}

/** One record row: its row number as a spreadsheet shows it, and its cells by column. */
export type SheetRow = { row: number; cells: Record<string, string> }

/** A parsed sheet: the header's columns and the rows that hold something. */
export type Table = { columns: string[]; rows: SheetRow[] }

/**
 * Parses one CSV sheet with d3-dsv and checks its structure: a header row with every required
 * column, no unknown or repeated column, no cell beyond the header. Blank rows are skipped but
 * still counted, so row numbers match the spreadsheet (header = row 1, first record = row 2).
 */
export function readTable(
  file: string,
  text: string,
  sheet: SheetColumns,
): { table: Table; problems: SheetProblem[] } {
  // Excel writes a byte-order mark before UTF-8 CSV; it is not part of the first column's name.
  const content = text.replace(/^\uFEFF/, '')
  // Excel in Dutch, Belgian and German locales saves "CSV" with semicolons; some tools use tabs.
  const [header = [], ...body] = dsvFormat(detectDelimiter(content)).parseRows(content)
  const columns = header.map((name) => name.trim())
  const problems: SheetProblem[] = []
  if (columns.every((name) => name === ''))
    return { table: { columns: [], rows: [] }, problems: [{ file, message: 'has no header row' }] }
  columns.forEach((column, i) => {
    // Spreadsheets often save empty trailing columns; a nameless column is fine while it stays empty.
    if (column === '') return
    if (columns.indexOf(column) !== i)
      problems.push({ file, row: 1, column, message: 'appears twice in the header row' })
    else if (!sheet.accepts(column))
      problems.push({
        file,
        row: 1,
        column,
        message: `is not a column of ${file} (known: ${sheet.known.join(', ')})`,
      })
  })
  for (const column of sheet.required)
    if (!columns.includes(column))
      problems.push({ file, row: 1, message: `the header row has no column "${column}"` })

  const rows: SheetRow[] = []
  body.forEach((cells, i) => {
    const row = i + 2
    if (cells.every((value) => value === '')) return
    const stray = cells.findIndex((value, j) => value !== '' && !columns[j])
    if (stray >= 0)
      problems.push({
        file,
        row,
        message: `cell ${stray + 1} holds ${JSON.stringify(cells[stray]?.slice(0, 40))} but its column has no name in the header row`,
      })
    rows.push({ row, cells: Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])) })
  })
  return { table: { columns, rows }, problems }
}
