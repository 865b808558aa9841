import { columnsOf, type FieldCodec, LAYOUT_PLACEHOLDERS } from './fieldCodec.ts'
import { META_COLUMNS } from './metaSheet.ts'
import type { SheetColumns } from './readTable.ts'
import { CORRECTION_FIELDS, QUOTE_FIELDS, QUOTE_KEY_FIELDS, SHEET_FIELDS } from './sheetFields.ts'
import type { SheetName } from './sheetNames.ts'

/** The fields of the quotes sheet: the stance's party, measure and phase, then the quote. */
export const QUOTES_SHEET_FIELDS: readonly FieldCodec[] = [...QUOTE_KEY_FIELDS, ...QUOTE_FIELDS]

/** The columns an imported sheet must have and may have. */
export function sheetColumns(sheet: SheetName): SheetColumns {
  if (sheet === 'meta') return META_COLUMNS
  const fields =
    sheet === 'quotes'
      ? QUOTES_SHEET_FIELDS
      : sheet === 'corrections'
        ? CORRECTION_FIELDS
        : SHEET_FIELDS[sheet]
  return {
    accepts: (column) => fields.some((field) => field.owns(column)),
    required: fields.flatMap((field) => field.required),
    // `<chamber>` and `<language>` stand for each chamber id and language: seats_tk, title_de…
    known: columnsOf(fields, LAYOUT_PLACEHOLDERS),
  }
}
