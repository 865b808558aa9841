import type { PathStep } from '../sheets/parseJsonPath.ts'

/** A JSON path as steps: `['stances', 12, 'summary', 'nl']`. */
export type Path = readonly PathStep[]

/** The value at a path, or `undefined` where the path leads nowhere. */
export function getIn(value: unknown, path: Path): unknown {
  let current = value
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PathStep, unknown>)[step]
  }
  return current
}

/**
 * A copy of `root` with `next` at `path`; every object on the way is copied, the rest shared,
 * so undo keeps each version cheaply. `undefined` removes the key (an optional field left empty).
 */
export function setIn<T>(root: T, path: Path, next: unknown): T {
  const [step, ...rest] = path
  if (step === undefined) return next as T
  const node = root as unknown
  if (Array.isArray(node) && typeof step === 'number') {
    const copy = [...node]
    copy[step] = setIn(node[step], rest, next)
    return copy as T
  }
  const record = (node !== null && typeof node === 'object' ? node : {}) as Record<string, unknown>
  const key = String(step)
  const value = setIn(record[key], rest, next)
  if (value === undefined && rest.length === 0) {
    const { [key]: _removed, ...kept } = record
    return kept as T
  }
  // Object spread keeps the key's place, so the saved file's order does not move.
  return { ...record, [key]: value } as T
}

/** A copy of the list at `path` without its item `index`. */
export function removeAt<T>(root: T, path: Path, index: number): T {
  const list = getIn(root, path)
  if (!Array.isArray(list)) return root
  return setIn(
    root,
    path,
    list.filter((_, i) => i !== index),
  )
}

/** The DOM id of the form field that edits a path: `field-stances-12-summary-nl`. */
export function fieldId(path: Path): string {
  return `field-${path.map((step) => String(step).replace(/[^\w-]/g, '_')).join('-')}`
}

/**
 * The field ids a problem at `path` may focus, most specific first: `stances[3].summary.nl`
 * tries its box, then the summary's group, then the stance.
 */
export function fieldCandidates(path: Path): string[] {
  return path.map((_, i) => fieldId(path.slice(0, path.length - i)))
}
