import { checkLanguages } from './checkLanguages.ts'
import { checkReferences } from './checkReferences.ts'
import { checkRules } from './checkRules.ts'
import { describeIssues } from './describeIssues.ts'
import { findReservedKeys } from './findReservedKeys.ts'
import { type Dataset, indexDataset } from './indexDataset.ts'
import { partialDataset } from './partialDataset.ts'
import { type Checked, countNoun, type Problem } from './problem.ts'
import { rawDatasetSchema } from './schema.ts'

/** At most this many problems are listed; a broken 50 MB file must not flood the reader. */
export const MAX_PROBLEMS = 200

/** Checks untrusted input against the dataset format and reports every problem with its JSON path. */
export function validateDataset(raw: unknown): Checked<Dataset> {
  const reserved = findReservedKeys(raw)
  if (reserved.length > 0) return failed(reserved)
  const parsed = rawDatasetSchema.safeParse(raw, { reportInput: true })
  if (!parsed.success) {
    // One pass for the desk: the references and rules of the records that did parse, too.
    const partial = partialDataset(raw)
    const more = partial ? [...checkReferences(partial), ...checkRules(partial)] : []
    return failed([...describeIssues(parsed.error.issues), ...checkLanguages(raw), ...more])
  }
  const problems = [
    ...checkLanguages(parsed.data),
    ...checkReferences(parsed.data),
    ...checkRules(parsed.data),
  ]
  if (problems.length > 0) return failed(problems)
  return { ok: true, value: indexDataset(parsed.data) }
}

function failed(found: Problem[]): Checked<Dataset> {
  // A value can fail two checks with one message (a date's pattern and its calendar day): list it once.
  const seen = new Set<string>()
  const problems = found.filter(({ path, message }) => {
    const key = `${path}\u0000${message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  if (problems.length <= MAX_PROBLEMS) return { ok: false, problems }
  const rest = problems.length - MAX_PROBLEMS
  return {
    ok: false,
    problems: [
      ...problems.slice(0, MAX_PROBLEMS),
      { path: '(file)', message: `and ${countNoun(rest, 'more problem', 'more problems')}` },
    ],
  }
}
