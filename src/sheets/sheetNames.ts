import { RECORD_LISTS } from '../data/recordLists.ts'

/**
 * Every sheet of the spreadsheet workflow, in the order a desk fills them in: each record list
 * has a sheet of its own, one row per record.
 */
export const SHEETS = ['meta', ...RECORD_LISTS, 'quotes', 'corrections'] as const
/** A sheet's name: its file name without `.csv`. */
export type SheetName = (typeof SHEETS)[number]

/** The file that holds a sheet, e.g. `stances.csv`. */
export function sheetFile(sheet: SheetName): string {
  return `${sheet}.csv`
}

/** The sheet a file name holds, or `null` when it is not a sheet of this format. */
export function sheetOfFile(file: string): SheetName | null {
  const name = file.replace(/\.csv$/i, '')
  return (SHEETS as readonly string[]).includes(name) && file !== name ? (name as SheetName) : null
}
