import type { z } from 'zod'
import { type RawDataset, rawDatasetSchema } from '../data/schema.ts'
import { localizedSchema, translationSchema } from '../data/schemaPrimitives.ts'

/**
 * Sets the dataset's languages. Texts in a language no longer listed are removed with it
 * (else every text would be a problem); a language added gets no text, so the validator
 * lists what is left to write. The default language stays, or becomes the first listed.
 */
export function setLanguages(raw: RawDataset, languages: readonly string[]): RawDataset {
  const before = Array.isArray(raw.meta?.languages) ? raw.meta.languages : []
  const dropped = new Set(before.filter((tag) => !languages.includes(tag)))
  const defaultLanguage = languages.includes(raw.meta?.defaultLanguage)
    ? raw.meta.defaultLanguage
    : (languages[0] ?? raw.meta?.defaultLanguage)
  const next = { ...raw, meta: { ...raw.meta, languages: [...languages], defaultLanguage } }
  return dropped.size === 0 ? next : (prune(rawDatasetSchema, next, dropped) as RawDataset)
}

/** A copy of `value` without the dropped languages in any text, walked along the format's schema. */
function prune(schema: z.ZodType, value: unknown, dropped: ReadonlySet<string>): unknown {
  if (schema === localizedSchema || schema === translationSchema) {
    if (!isRecord(value)) return value
    const kept = Object.entries(value).filter(([tag]) => !dropped.has(tag))
    // A translation into no language left is no translation: its key goes too.
    return schema === translationSchema && kept.length === 0 ? undefined : Object.fromEntries(kept)
  }
  const def = schema._zod.def as unknown as Record<string, unknown>
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return prune(def.innerType as z.ZodType, value, dropped)
    case 'object': {
      if (!isRecord(value)) return value
      const shape = def.shape as Record<string, z.ZodType>
      return Object.fromEntries(
        Object.entries(value)
          .map(([key, item]) => [key, shape[key] ? prune(shape[key], item, dropped) : item])
          .filter(([, item]) => item !== undefined),
      )
    }
    case 'array':
      return Array.isArray(value)
        ? value.map((item) => prune(def.element as z.ZodType, item, dropped))
        : value
    default:
      return value
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
