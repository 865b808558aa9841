/** One thing wrong with a dataset: where (a JSON path such as `stances[12].party`) and why. */
export type Problem = { path: string; message: string }

/** The outcome of reading untrusted input: the value, or every problem found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] }

/** Formats a problem as one line, the way the CLI and the error panel show it. */
export function formatProblem({ path, message }: Problem): string {
  return `${path}: ${message}`
}

/** Quotes a bad value for a message, shortened so a 100 KB string cannot flood the screen. */
export function quoteValue(value: unknown): string {
  let text: string
  try {
    text =
      typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

const ENGLISH = new Intl.PluralRules('en')

/** A count and its noun in the validator's English: `1 problem`, `3 problems`. */
export function countNoun(count: number, one: string, other: string): string {
  return `${count} ${ENGLISH.select(count) === 'one' ? one : other}`
}
