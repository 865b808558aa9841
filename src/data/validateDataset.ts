import { LANGUAGES, type Language } from './languages.ts'
import type { Checked, Problem } from './problem.ts'

/** A validated dataset. (Grows with the dataset format.) */
export type Dataset = { meta: { title: Record<Language, string>; defaultLanguage: Language } }

/** Checks untrusted input against the dataset format and reports every problem with its path. */
export function validateDataset(raw: unknown): Checked<Dataset> {
  const problems: Problem[] = []
  const meta = isRecord(raw) ? raw.meta : undefined
  if (!isRecord(meta)) {
    problems.push({ path: 'meta', message: 'is missing or not an object' })
    return { ok: false, problems }
  }
  const title = meta.title
  if (!isRecord(title))
    problems.push({ path: 'meta.title', message: 'is missing or not an object' })
  for (const language of LANGUAGES) {
    const text = isRecord(title) ? title[language] : undefined
    if (isRecord(title) && (typeof text !== 'string' || text.trim() === ''))
      problems.push({ path: `meta.title.${language}`, message: 'is missing or empty' })
  }
  if (!LANGUAGES.includes(meta.defaultLanguage as Language))
    problems.push({
      path: 'meta.defaultLanguage',
      message: `must be one of ${LANGUAGES.join(', ')}`,
    })
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, value: raw as Dataset }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
