import { dsvFormat } from 'd3-dsv'
import { RECORD_LISTS } from '../data/recordLists.ts'
import type { RawDataset } from '../data/schema.ts'
import type { Delimiter } from './detectDelimiter.ts'
import {
  columnsOf,
  type FieldCodec,
  type JsonRecord,
  type SheetLayout,
  writeRecord,
} from './fieldCodec.ts'
import { metaRows } from './metaSheet.ts'
import { CORRECTION_FIELDS, QUOTE_FIELDS, QUOTE_KEY_FIELDS, SHEET_FIELDS } from './sheetFields.ts'
import { type SheetName, sheetFile } from './sheetNames.ts'

/**
 * Writes a validated dataset as CSV sheets, one per file name (`stances.csv`…). Cells are written
 * exactly as in the JSON, never prefixed against spreadsheet formulas: the round trip is lossless.
 * Commas by default; a semicolon suits Excel in Dutch, Belgian and German locales.
 */
export function datasetToSheets(
  raw: RawDataset,
  delimiter: Delimiter = ',',
): Record<string, string> {
  const format = dsvFormat(delimiter)
  const layout: SheetLayout = { chambers: chamberIds(raw), languages: raw.meta.languages }
  const sheets: Partial<Record<SheetName, string[][]>> = { meta: metaRows(raw.meta) }
  for (const name of RECORD_LISTS) {
    const records: readonly JsonRecord[] = raw[name]
    sheets[name] = table(SHEET_FIELDS[name], layout, records)
  }
  const quotes = raw.stances.flatMap((stance) =>
    (stance.quotes ?? []).map((quote) => ({ ...quote, ...stanceKey(stance) })),
  )
  sheets.quotes = table([...QUOTE_KEY_FIELDS, ...QUOTE_FIELDS], layout, quotes)
  sheets.corrections = table(CORRECTION_FIELDS, layout, raw.meta.corrections ?? [])
  return Object.fromEntries(
    Object.entries(sheets).map(([name, rows]) => [
      sheetFile(name as SheetName),
      `${format.formatRows(rows)}\n`,
    ]),
  )
}

/** The header row, then one row per record. */
function table(
  fields: readonly FieldCodec[],
  layout: SheetLayout,
  records: readonly JsonRecord[],
): string[][] {
  const header = columnsOf(fields, layout)
  return [
    header,
    ...records.map((record) => {
      const cells = writeRecord(fields, record)
      return header.map((column) => cells[column] ?? '')
    }),
  ]
}

/** The chambers' ids, then any other chamber a party gives seats for (so no seat is dropped). */
function chamberIds(raw: RawDataset): string[] {
  const ids = new Set(raw.chambers.map((chamber) => chamber.id))
  for (const party of raw.parties) for (const id of Object.keys(party.seats)) ids.add(id)
  return [...ids]
}

function stanceKey({ party, measure, phase }: RawDataset['stances'][number]) {
  return { party, measure, phase }
}
