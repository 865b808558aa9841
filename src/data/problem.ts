/** One thing wrong with a dataset: where (a JSON path such as `stances[12].party`) and why. */
export type Problem = { path: string; message: string }

/** The outcome of reading untrusted input: the value, or every problem found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] }

/** Formats a problem as one line, the way the CLI and the error panel show it. */
export function formatProblem({ path, message }: Problem): string {
  return `${path}: ${message}`
}
