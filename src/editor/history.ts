/** The edits of a document: what undo and redo step through. */
export type History<T> = {
  readonly past: readonly T[]
  readonly present: T
  readonly future: readonly T[]
  /** The field the last edit typed into: further typing there extends that one step. */
  readonly lastKey: string | null
}

/** How many steps undo keeps; older ones are dropped (a long evening of typing stays small). */
export const HISTORY_LIMIT = 200

/** A history holding only `present`. */
export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null }
}

/**
 * Records an edit. Edits with the same `key` in a row (keystrokes in one text box) merge into
 * one undo step; any edit clears the redo list.
 */
export function pushEdit<T>(history: History<T>, next: T, key: string | null = null): History<T> {
  if (next === history.present) return history
  if (key !== null && key === history.lastKey && history.future.length === 0)
    return { ...history, present: next }
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT)
  return { past, present: next, future: [], lastKey: key }
}

/** Steps back one edit; unchanged when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1)
  if (previous === undefined) return history
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    lastKey: null,
  }
}

/** Steps forward one undone edit; unchanged when there is nothing to redo. */
export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future
  if (next === undefined) return history
  return { past: [...history.past, history.present], present: next, future: rest, lastKey: null }
}
