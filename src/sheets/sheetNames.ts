/** The record lists of a dataset that each get a sheet of their own, one row per record. */
export const COLLECTIONS = [
  'chambers',
  'parties',
  'people',
  'topics',
  'measures',
  'phases',
  'stances',
  'events',
  'relations',
  'sources',
] as const
/** A record list that has a sheet of its own. */
export type Collection = (typeof COLLECTIONS)[number]

/** Every sheet of the spreadsheet workflow, in the order a desk fills them in. */
export const SHEETS = ['meta', ...COLLECTIONS, 'quotes', 'corrections'] as const
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
