import type { RawDataset } from '../data/schema.ts'
import {
  columnsOf,
  type FieldCodec,
  type JsonRecord,
  LAYOUT_PLACEHOLDERS,
  readRecord,
  writeRecord,
} from './fieldCodec.ts'
import type { SheetColumns, Table } from './readTable.ts'
import type { SheetProblem } from './sheetProblem.ts'
import { ids, localized, number, text } from './simpleCodecs.ts'

const FILE = 'meta.csv'

/** The fields of `meta`, in schema order: each is a row of meta.csv, texts as `<key>_<language>`. */
export const META_FIELDS: readonly FieldCodec[] = [
  text('id'),
  number('schemaVersion'),
  localized('title'),
  localized('deck'),
  ids('languages'),
  text('defaultLanguage'),
  text('asOf'),
  localized('credits'),
  text('licence'),
  localized('outcome'),
  localized('methodology'),
  number('refresh'),
]

/** Every key a row of meta.csv may have, `<language>` standing for each language tag. */
export const META_KEYS: readonly string[] = columnsOf(META_FIELDS, LAYOUT_PLACEHOLDERS)

/** meta.csv has two columns: `key` (a field, e.g. `title_nl`) and `value`. */
export const META_COLUMNS: SheetColumns = {
  accepts: (column) => column === 'key' || column === 'value',
  required: ['key', 'value'],
  known: ['key', 'value'],
}

/** Writes `meta` as rows of key and value, every key listed (optional ones empty when absent). */
export function metaRows(meta: RawDataset['meta']): string[][] {
  const cells = writeRecord(META_FIELDS, meta)
  const keys = columnsOf(META_FIELDS, { chambers: [], languages: meta.languages })
  return [['key', 'value'], ...keys.map((key) => [key, cells[key] ?? ''])]
}

/** Reads meta.csv into `meta`, with the row of each key so problems can point at it. */
export function readMeta(table: Table): {
  meta: JsonRecord
  keyRows: ReadonlyMap<string, number>
  problems: SheetProblem[]
} {
  const problems: SheetProblem[] = []
  const keyRows = new Map<string, number>()
  const cells: Record<string, string> = {}
  for (const { row, cells: line } of table.rows) {
    const key = (line.key ?? '').trim()
    const problem = (message: string) => problems.push({ file: FILE, row, column: 'key', message })
    if (key === '') problem('is empty; name the field this value is for')
    else if (!META_FIELDS.some((field) => field.owns(key)))
      problem(`${JSON.stringify(key)} is not a meta key (known: ${META_KEYS.join(', ')})`)
    else if (keyRows.has(key)) problem(`"${key}" is already given in row ${keyRows.get(key)}`)
    else {
      keyRows.set(key, row)
      cells[key] = line.value ?? ''
    }
  }
  const { record } = readRecord(META_FIELDS, cells)
  return { meta: record, keyRows, problems }
}
