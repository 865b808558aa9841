/**
 * The build's first step: validates every dataset in data/ before anything is written, so an
 * invalid file stops `npm run build` with the previous dist/ untouched. Drafts in data/drafts/
 * are not bundled, so not checked here (`npm run validate` checks one).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { problemCount } from '../data/census.ts'
import { parseDatasetText } from '../data/parseDatasetText.ts'
import { formatProblem } from '../data/problem.ts'
import { listDatasetFiles } from './datasetsPlugin.ts'

/** Every problem of every bundled dataset in `dir`, one line each, naming its file. */
export function checkDatasets(dir: string): string[] {
  return listDatasetFiles(dir)
    .filter((name) => name !== 'schema.json')
    .flatMap((name) => {
      const checked = parseDatasetText(readFileSync(join(dir, name), 'utf8'))
      return checked.ok
        ? []
        : checked.problems.map((problem) => `${join(dir, name)}: ${formatProblem(problem)}`)
    })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lines = checkDatasets(process.argv[2] ?? 'data')
  for (const line of lines) console.error(line)
  if (lines.length > 0) {
    console.error(`${problemCount(lines.length)} found; nothing built, dist/ left as it was`)
    process.exitCode = 1
  }
}
