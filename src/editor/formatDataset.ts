import { z } from 'zod'
import type { RawDataset } from '../data/schema.ts'
import { rawDatasetSchema } from '../data/schema.ts'

/** The house layout's line width (biome.json), so a saved file matches `npx biome format`. */
const LINE_WIDTH = 100

/**
 * A dataset as the JSON file a desk commits: keys in the schema's order, laid out as Biome
 * writes JSON (objects one key a line, arrays on one line when they fit), so a git diff shows
 * only what was edited.
 */
export function formatDataset(raw: RawDataset | unknown): string {
  return `${layout(orderKeys(raw, rawDatasetSchema), 0)}\n`
}

/**
 * Copies a value with every object's keys in the order its schema lists them; keys the schema
 * does not name (a record's language or chamber keys, or unknown keys) keep their own order after.
 */
export function orderKeys(value: unknown, schema: z.ZodType | undefined): unknown {
  const inner = unwrap(schema)
  if (Array.isArray(value))
    return value.map((item) =>
      orderKeys(item, inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined),
    )
  if (value === null || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  const shape = objectShape(inner, record)
  const known = shape ? Object.keys(shape).filter((key) => Object.hasOwn(record, key)) : []
  const rest = Object.keys(record).filter((key) => !known.includes(key))
  const valueSchema = inner instanceof z.ZodRecord ? (inner.valueType as z.ZodType) : undefined
  return Object.fromEntries(
    [...known, ...rest].map((key) => [key, orderKeys(record[key], shape?.[key] ?? valueSchema)]),
  )
}

/** The shape of an object schema; for a union (a colour, an actor), the member whose keys match. */
function objectShape(
  schema: z.ZodType | undefined,
  value: Record<string, unknown>,
): Record<string, z.ZodType> | undefined {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>
  if (schema instanceof z.ZodUnion)
    for (const option of schema.options as z.ZodType[]) {
      const inner = unwrap(option)
      if (inner instanceof z.ZodObject && Object.keys(value).every((k) => k in inner.shape))
        return inner.shape as Record<string, z.ZodType>
    }
  return undefined
}

/** Looks through optional, nullable and refined wrappers to the schema that has a shape. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable)
    current = current.unwrap() as z.ZodType
  return current
}

/** JSON text at an indent, Biome's way: an array stays on its line when the whole line fits. */
function layout(value: unknown, indent: number, prefix = 0, comma = 0): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const inline = `[${value.map((item) => jsonText(item)).join(', ')}]`
    // `prefix` is what precedes the array on its line (indent, key); `comma` the comma after it.
    if (value.every(isScalar) && prefix + inline.length + comma <= LINE_WIDTH) return inline
    const pad = ' '.repeat(indent + 2)
    const items = value.map(
      (item, i) => `${pad}${layout(item, indent + 2, pad.length, i < value.length - 1 ? 1 : 0)}`,
    )
    return `[\n${items.join(',\n')}\n${' '.repeat(indent)}]`
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length === 0) return '{}'
    const pad = ' '.repeat(indent + 2)
    const lines = entries.map(([key, item], i) => {
      const head = `${pad}${jsonText(key)}: `
      return `${head}${layout(item, indent + 2, head.length, i < entries.length - 1 ? 1 : 0)}`
    })
    return `{\n${lines.join(',\n')}\n${' '.repeat(indent)}}`
  }
  return jsonText(value)
}

// Characters nobody can see in a text editor: a soft hyphen (where a long word may break),
// zero-width spaces and joiners, direction marks, line separators, a byte order mark.
const INVISIBLE = /[\u00ad\u200b-\u200f\u2028\u2029\u2060-\u2064\ufeff]/g

/** JSON text with the invisible characters written as escapes (`\u00ad`), as the desk writes them. */
function jsonText(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(
    INVISIBLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object'
}
