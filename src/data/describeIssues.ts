import type { z } from 'zod'
import { countNoun, type Problem, quoteValue } from './problem.ts'

/** Writes a zod path the way editors show JSON paths: `stances[12].party`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)'
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`
      const name = String(key)
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return index === 0 ? name : `.${name}`
      return `[${JSON.stringify(name)}]`
    })
    .join('')
}

/** Turns zod's issues into plain-language problems, one per bad value or unknown key. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = formatPath(issue.path)
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: 'is not a field of this format (check the spelling against data/README.md)',
      }))
    // JSON has no undefined: an undefined input is always a field that is not there.
    if ('input' in issue && issue.input === undefined) return [{ path, message: 'is missing' }]
    if (issue.code === 'invalid_type') {
      const got = quoteValue(issue.input)
      // Keep the schema's own wording ("must be a whole number of seats"); zod's default starts "Invalid input".
      if (!issue.message.startsWith('Invalid input'))
        return [{ path, message: `${issue.message} (got ${got})` }]
      return [{ path, message: `must be ${article(issue.expected)} (got ${got})` }]
    }
    if (issue.code === 'too_small' && issue.origin === 'array')
      return [
        {
          path,
          message: issue.message.startsWith('Too small')
            ? `needs at least ${countNoun(Number(issue.minimum), 'item', 'items')}`
            : issue.message,
        },
      ]
    return [{ path, message: issue.message }]
  })
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`
}
