import type { Dataset } from './indexDataset.ts'
import { jsonSyntaxError } from './jsonSyntaxError.ts'
import type { Checked } from './problem.ts'
import { validateDataset } from './validateDataset.ts'

/** Reads a dataset file's text: JSON first, then the validator. Never throws. */
export function parseDatasetText(text: string): Checked<Dataset> {
  if (text.trim() === '')
    return { ok: false, problems: [{ path: '(file)', message: 'the file is empty' }] }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, problems: [{ path: '(file)', message: jsonSyntaxError(text, reason) }] }
  }
  return validateDataset(raw)
}
