import { readFileSync, statSync } from 'node:fs'
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
        `${result.problems.length} problem(s) found`,
      ],
      code: 1,
    }
  const d = result.value
  const counts = `${d.parties.length} parties, ${d.people.length} people, ${d.measures.length} measures, ${d.phases.length} phases, ${d.stances.length} stances, ${d.events.length} events, ${d.relations.length} relations, ${d.sources.length} sources`
  return { lines: [`OK ${path}: ${counts}`], code: 0 }
}
