import type { RawDataset } from '../data/schema.ts'
import { validateDataset } from '../data/validateDataset.ts'
import { assembleDataset } from './assembleDataset.ts'
import { locateProblem } from './locateProblem.ts'
import { readTable, type Table } from './readTable.ts'
import { sheetColumns } from './sheetColumns.ts'
import { SHEETS, type SheetName, sheetFile, sheetOfFile } from './sheetNames.ts'
import { formatSheetProblem, type SheetProblem } from './sheetProblem.ts'

/** The outcome of an import: the dataset JSON, or every problem as a line naming file, row and column. */
export type SheetsImport = { ok: true; value: RawDataset } | { ok: false; problems: string[] }

/**
 * Reads CSV sheets (file name → text, e.g. `{ "stances.csv": "party,measure,…" }`) into a dataset
 * and validates it with the app's validator. Structural problems (a missing file, a missing or
 * unknown column) stop the import before the validator runs.
 */
export function sheetsToDataset(files: Readonly<Record<string, string>>): SheetsImport {
  const structural: SheetProblem[] = []
  for (const file of Object.keys(files))
    if (sheetOfFile(file) === null)
      structural.push({
        file,
        message: `is not a sheet of this format (known: ${SHEETS.map(sheetFile).join(', ')})`,
      })
  const tables: Partial<Record<SheetName, Table>> = {}
  for (const sheet of SHEETS) {
    const file = sheetFile(sheet)
    const text = Object.hasOwn(files, file) ? files[file] : undefined
    if (text === undefined) {
      structural.push({
        file,
        message: 'is missing (every sheet needs a file, if only a header row)',
      })
      continue
    }
    const { table, problems } = readTable(file, text, sheetColumns(sheet))
    structural.push(...problems)
    tables[sheet] = table
  }
  if (structural.length > 0) return { ok: false, problems: structural.map(formatSheetProblem) }

  const { raw, locator, problems } = assembleDataset(tables as Record<SheetName, Table>)
  const checked = validateDataset(raw)
  const lines = [
    ...problems.map(formatSheetProblem),
    ...(checked.ok ? [] : checked.problems.map((problem) => locateProblem(problem, locator))),
  ]
  // Two checks of one cell can say the same thing (a date's pattern and its calendar day): once.
  if (lines.length > 0) return { ok: false, problems: [...new Set(lines)] }
  // The validator accepted exactly this object; it is returned rather than zod's copy, which trims text.
  return { ok: true, value: raw as RawDataset }
}
