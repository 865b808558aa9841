import { formatPath } from './describeIssues.ts'
import type { Problem } from './problem.ts'

/** Keys that could reach an object's prototype if copied carelessly; never valid in a dataset. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype'])

/** How deep a dataset may nest; real ones reach about 5. */
export const MAX_DEPTH = 32

/**
 * Finds reserved keys anywhere in parsed JSON, and nesting deeper than any dataset needs.
 * Walks with an explicit stack, so hostile nesting cannot overflow the call stack.
 */
export function findReservedKeys(raw: unknown): Problem[] {
  const problems: Problem[] = []
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: raw, path: [] }]
  while (stack.length > 0 && problems.length < 50) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] }
    if (typeof value !== 'object' || value === null) continue
    if (path.length > MAX_DEPTH) {
      problems.push({
        path: formatPath(path),
        message: `is nested more than ${MAX_DEPTH} levels deep`,
      })
      continue
    }
    // Own keys only: JSON.parse makes "__proto__" an own property, which is what we look for.
    for (const key of Object.keys(value)) {
      const childPath = [...path, Array.isArray(value) ? Number(key) : key]
      if (RESERVED.has(key))
        problems.push({
          path: formatPath(childPath),
          message: 'is a reserved key and not allowed in a dataset',
        })
      else stack.push({ value: (value as Record<string, unknown>)[key], path: childPath })
    }
  }
  return problems
}
