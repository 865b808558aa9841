import type { z } from 'zod'
import { formatPath } from './describeIssues.ts'
import type { Problem } from './problem.ts'
import { rawDatasetSchema } from './schema.ts'
import { localizedSchema, translationSchema } from './schemaPrimitives.ts'

type Path = readonly (string | number)[]
type Texts = Readonly<Record<string, unknown>>

/**
 * Checks that every text of the dataset is written in exactly the languages meta.languages
 * declares: one missing would leave a reader of that language a blank, one extra would be
 * text nobody sees. Walks the data along the format's own schema, so a text field added to
 * the format is checked without a change here.
 */
export function checkLanguages(raw: unknown): Problem[] {
  const declared = declaredLanguages(raw)
  if (!declared) return []
  const list = declared.join(', ')
  // Per language, the paths of the texts that lack it (declared) or have it (undeclared).
  const missing = new Map<string, string[]>()
  const extra = new Map<string, string[]>()
  const note = (found: Map<string, string[]>, language: string, path: string) =>
    found.set(language, [...(found.get(language) ?? []), path])
  walk(
    rawDatasetSchema,
    raw,
    [],
    (texts, path) => {
      for (const language of declared)
        if (!(language in texts)) note(missing, language, formatPath([...path, language]))
      for (const language of Object.keys(texts))
        if (!declared.includes(language)) note(extra, language, formatPath([...path, language]))
    },
    (texts, path) => {
      for (const language of Object.keys(texts))
        if (!declared.includes(language)) note(extra, language, formatPath([...path, language]))
    },
  )
  const problems: Problem[] = []
  for (const [language, paths] of missing)
    problems.push(
      ...perText(paths, `is missing (meta.languages declares ${list})`, {
        path: 'meta.languages',
        message: `declares "${language}", but ${paths.length} texts lack it (${sample(paths)}): write them, or leave "${language}" out`,
      }),
    )
  for (const [language, paths] of extra)
    problems.push(
      ...perText(
        paths,
        `"${language}" is not one of the dataset's languages (meta.languages: ${list})`,
        {
          path: 'meta.languages',
          message: `does not list "${language}", which ${paths.length} texts have (${sample(paths)}): add it, or remove those texts`,
        },
      ),
    )
  return problems
}

/** A problem per text when a few are concerned; when many are, one at meta.languages. */
function perText(paths: readonly string[], message: string, summary: Problem): Problem[] {
  return paths.length <= MANY ? paths.map((path) => ({ path, message })) : [summary]
}

const MANY = 5

function sample(paths: readonly string[]): string {
  return `${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ', …' : ''}`
}

/** meta.languages when it is a list of strings; otherwise its own check reports it. */
function declaredLanguages(raw: unknown): readonly string[] | undefined {
  const languages = isRecord(raw) && isRecord(raw.meta) ? raw.meta.languages : undefined
  return Array.isArray(languages) &&
    languages.length > 0 &&
    languages.every((l) => typeof l === 'string')
    ? languages
    : undefined
}

function walk(
  schema: z.ZodType,
  value: unknown,
  path: Path,
  visit: (texts: Texts, path: Path) => void,
  visitTranslation: (texts: Texts, path: Path) => void = () => {},
): void {
  if (schema === localizedSchema) {
    if (isRecord(value)) visit(value, path)
    return
  }
  if (schema === translationSchema) {
    // Translations need not cover every language, but each must be one the dataset declares.
    if (isRecord(value)) visitTranslation(value, path)
    return
  }
  const def = schema._zod.def as unknown as Record<string, unknown>
  switch (def.type) {
    case 'optional':
    case 'nullable':
      walk(def.innerType as z.ZodType, value, path, visit, visitTranslation)
      return
    case 'object':
      if (!isRecord(value)) return
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>))
        walk(field, value[key], [...path, key], visit, visitTranslation)
      return
    case 'array':
      if (Array.isArray(value))
        value.forEach((item, i) => {
          walk(def.element as z.ZodType, item, [...path, i], visit, visitTranslation)
        })
      return
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
