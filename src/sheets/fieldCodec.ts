/** A record as it sits in the dataset JSON. */
export type JsonRecord = Record<string, unknown>

/** One row's cells by column; a column that is not in the file reads as empty. */
export type Cells = Readonly<Record<string, string>>

/** Something wrong with a row that the dataset validator cannot see, with the column if known. */
export type CellProblem = { column?: string; message: string }

/** What the columns of a sheet depend on: the dataset's chamber ids and languages. */
export type SheetLayout = { chambers: readonly string[]; languages: readonly string[] }

/** How one field of a record maps onto one or more columns, in both directions. */
export type FieldCodec = {
  /** The columns it writes, in order; seats columns follow the chambers, texts the languages. */
  columns: (layout: SheetLayout) => string[]
  /** True when an imported header column belongs to this field. */
  owns: (column: string) => boolean
  /** The columns an imported header must have. */
  required: readonly string[]
  /** Writes this field of one record as cells. */
  write: (record: JsonRecord) => Record<string, string>
  /** Reads this field from one row into `record`: an empty cell leaves an optional field out. */
  read: (cells: Cells, record: JsonRecord) => CellProblem[]
}

/** Options of the simple codecs: `optionalColumn` lets a desk delete the column if it never uses it. */
export type ColumnOptions = { optionalColumn?: boolean }

/** A codec with a fixed list of columns. */
export function fixedColumns(
  columns: readonly string[],
  options: ColumnOptions,
  write: FieldCodec['write'],
  read: FieldCodec['read'],
): FieldCodec {
  return {
    columns: () => [...columns],
    owns: (column) => columns.includes(column),
    required: options.optionalColumn ? [] : columns,
    write,
    read,
  }
}

/** The cell in `column`, or empty when the row or the file has none. */
export function cell(cells: Cells, column: string): string {
  return cells[column] ?? ''
}

/** All columns a list of codecs writes, in order, given the dataset's chambers and languages. */
export function columnsOf(fields: readonly FieldCodec[], layout: SheetLayout): string[] {
  return fields.flatMap((field) => field.columns(layout))
}

/** A layout with no chambers or languages, for fields that depend on neither. */
export const PLAIN_LAYOUT: SheetLayout = { chambers: [], languages: [] }

/** Placeholders for messages that list the known columns: `seats_<chamber>`, `title_<language>`. */
export const LAYOUT_PLACEHOLDERS: SheetLayout = {
  chambers: ['<chamber>'],
  languages: ['<language>'],
}

/** Writes a record as cells with every codec. */
export function writeRecord(
  fields: readonly FieldCodec[],
  record: JsonRecord,
): Record<string, string> {
  return Object.assign({}, ...fields.map((field) => field.write(record)))
}

/** Reads a record from one row with every codec, in field order (so keys follow the schema). */
export function readRecord(
  fields: readonly FieldCodec[],
  cells: Cells,
): { record: JsonRecord; problems: CellProblem[] } {
  const record: JsonRecord = {}
  const problems = fields.flatMap((field) => field.read(cells, record))
  return { record, problems }
}
