import { type Cells, cell, type FieldCodec, fixedColumns } from './fieldCodec.ts'
import { parseNumber } from './simpleCodecs.ts'

/** A party colour: `colour` for one colour, or `colour_light` and `colour_dark` for a pair. */
export function colour(): FieldCodec {
  const columns = ['colour', 'colour_light', 'colour_dark']
  return fixedColumns(
    columns,
    { optionalColumn: true },
    ({ colour: value }) =>
      typeof value === 'object' && value !== null
        ? { colour: '', colour_light: pick(value, 'light'), colour_dark: pick(value, 'dark') }
        : { colour: value === undefined ? '' : String(value), colour_light: '', colour_dark: '' },
    (cells, record) => {
      const [one, light, dark] = columns.map((column) => cell(cells, column))
      if (one && (light || dark))
        return [{ column: 'colour', message: 'give either colour or colour_light and colour_dark' }]
      if (one) record.colour = one
      else if (light || dark)
        record.colour = { ...(light ? { light } : {}), ...(dark ? { dark } : {}) }
      return []
    },
  )
}

function pick(value: object, key: string): string {
  const field = (value as Record<string, unknown>)[key]
  return field === undefined ? '' : String(field)
}

/** A party's seats, one column per chamber: `seats_tk`, `seats_ek`; an empty cell gives none. */
export function seats(): FieldCodec {
  const prefix = 'seats_'
  return {
    columns: ({ chambers }) => chambers.map((id) => prefix + id),
    owns: (column) => column.startsWith(prefix) && column.length > prefix.length,
    required: [],
    write: (record) =>
      Object.fromEntries(
        Object.entries((record.seats ?? {}) as Record<string, unknown>).map(([id, n]) => [
          prefix + id,
          String(n),
        ]),
      ),
    read: (cells: Cells, record) => {
      const entries = Object.keys(cells)
        .filter((column) => column.startsWith(prefix) && column.length > prefix.length)
        .flatMap((column) => {
          const value = cell(cells, column).trim()
          return value === '' ? [] : [[column.slice(prefix.length), parseNumber(value)] as const]
        })
      record.seats = Object.fromEntries(entries)
      return []
    },
  }
}
