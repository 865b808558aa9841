import {
  type Cells,
  type ColumnOptions,
  cell,
  type FieldCodec,
  fixedColumns,
  type JsonRecord,
  readRecord,
  writeRecord,
} from './fieldCodec.ts'
import { formatIdList, formatTextList, parseIdList, parseTextList } from './listCell.ts'
import { languageColumn } from './simpleCodecs.ts'

/**
 * A person's roles, each a `{ nl, en }` text: the Dutch ones in `roles_nl`, the English ones in
 * `roles_en`, in the same order, as text lists (`|` between roles, `\|` for a `|` inside one).
 */
export function roles(): FieldCodec {
  const prefix = 'roles_'
  const languageOf = languageColumn(prefix)
  return {
    columns: ({ languages }) => languages.map((language) => prefix + language),
    owns: (column) => languageOf(column) !== undefined,
    required: [],
    write: (record) => {
      const list = (record.roles ?? []) as Record<string, string>[]
      const languages = [...new Set(list.flatMap((role) => Object.keys(role)))]
      return Object.fromEntries(
        languages.map((l) => [prefix + l, formatTextList(list.map((role) => role[l] ?? ''))]),
      )
    },
    read: (cells, record) => {
      const lists = Object.keys(cells).flatMap((column) => {
        const language = languageOf(column)
        return language === undefined
          ? []
          : [[language, parseTextList(cell(cells, column))] as const]
      })
      const count = Math.max(0, ...lists.map(([, list]) => list.length))
      // A role missing in one language leaves that key out, so the validator names it.
      record.roles = Array.from({ length: count }, (_, i) =>
        Object.fromEntries(
          lists.flatMap(([l, list]) => (list[i] === undefined ? [] : [[l, list[i]]])),
        ),
      )
      return []
    },
  }
}

/**
 * Who proposed a measure, in `proposedBy_parties` and `proposedBy_people`. Both empty means not
 * known (`null`); `-` in both means the known answer "nobody" (two empty lists).
 */
export function proposedBy(): FieldCodec {
  return fixedColumns(
    ['proposedBy_parties', 'proposedBy_people'],
    {},
    ({ proposedBy: value }) => {
      if (value == null) return { proposedBy_parties: '', proposedBy_people: '' }
      const { parties = [], people = [] } = value as { parties?: string[]; people?: string[] }
      const nobody = parties.length === 0 && people.length === 0
      return {
        proposedBy_parties: nobody ? '-' : formatIdList(parties),
        proposedBy_people: nobody ? '-' : formatIdList(people),
      }
    },
    (cells, record) => {
      const [parties, people] = ['proposedBy_parties', 'proposedBy_people'].map((column) =>
        cell(cells, column).trim(),
      )
      if (!parties && !people) record.proposedBy = null
      else record.proposedBy = { parties: parseActors(parties), people: parseActors(people) }
      return []
    },
  )
}

function parseActors(value: string | undefined): string[] {
  return value === '-' ? [] : parseIdList(value ?? '')
}

/**
 * An object field spread over `<key>_<field>` columns (a relation's `from`, `to` and `quote`);
 * its fields may follow the languages (`quote_translation_en`).
 */
export function nested(
  key: string,
  fields: readonly FieldCodec[],
  options: ColumnOptions & { optionalField?: boolean } = {},
): FieldCodec {
  const prefix = `${key}_`
  const inner = (column: string) => column.slice(prefix.length)
  return {
    columns: (layout) =>
      fields.flatMap((field) => field.columns(layout).map((column) => prefix + column)),
    owns: (column) =>
      column.startsWith(prefix) && fields.some((field) => field.owns(inner(column))),
    required: options.optionalColumn
      ? []
      : fields.flatMap((field) => field.required.map((column) => prefix + column)),
    write: (record) => {
      const cells = writeRecord(fields, (record[key] ?? {}) as JsonRecord)
      return Object.fromEntries(Object.entries(cells).map(([c, value]) => [prefix + c, value]))
    },
    read: (cells, record) => {
      const own: Cells = Object.fromEntries(
        Object.entries(cells)
          .filter(([column]) => column.startsWith(prefix))
          .map(([column, value]) => [inner(column), value]),
      )
      const read = readRecord(fields, own)
      if (!(options.optionalField && Object.keys(read.record).length === 0))
        record[key] = read.record
      return read.problems.map((p) => (p.column ? { ...p, column: prefix + p.column } : p))
    },
  }
}
