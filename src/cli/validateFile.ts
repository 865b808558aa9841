import { readFileSync, statSync } from 'node:fs'
import { census, problemCount } from '../data/census.ts'
import { parseDatasetText } from '../data/parseDatasetText.ts'
import { formatProblem } from '../data/problem.ts'

/** Larger files are refused before reading: no real dataset comes near this. */
const MAX_BYTES = 64 * 1024 * 1024

/** Validates one file and returns the lines to print and the exit code. */
export function validateFile(path: string | undefined): { lines: string[]; code: number } {
  if (!path) return { lines: ['usage: npm run validate -- <dataset.json>'], code: 2 }
  let text: string
  try {
    const size = statSync(path).size
    if (size > MAX_BYTES)
      return { lines: [`${path}: (file): is ${size} bytes; the limit is ${MAX_BYTES}`], code: 1 }
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable'
    return { lines: [`${path}: (file): cannot be read (${reason})`], code: 1 }
  }
  const result = parseDatasetText(text)
  if (!result.ok)
    return {
      lines: [
        ...result.problems.map((problem) => `${path}: ${formatProblem(problem)}`),
        `${problemCount(result.problems.length)} found`,
      ],
      code: 1,
    }
  return { lines: [`OK ${path}: ${census(result.value)}`], code: 0 }
}
