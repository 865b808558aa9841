import { problemCount } from '../data/census.ts'
import { parseDatasetText } from '../data/parseDatasetText.ts'
import { formatProblem } from '../data/problem.ts'
import type { RawDataset } from '../data/schema.ts'
import { datasetToSheets } from './datasetToSheets.ts'
import type { Delimiter } from './detectDelimiter.ts'
import type { CommandResult } from './runImport.ts'
import { readTextFile, writeSheetFolder } from './sheetFolder.ts'

const USAGE =
  'usage: npm run data:export -- <dataset.json> <folder> [--delimiter comma|semicolon|tab]'

const DELIMITER_NAMES: Readonly<Record<string, Delimiter>> = {
  comma: ',',
  ',': ',',
  semicolon: ';',
  ';': ';',
  tab: '\t',
  '\t': '\t',
}

/**
 * `data:export <dataset.json> <folder> [--delimiter semicolon]`: validates the dataset, then
 * writes one CSV per sheet (commas unless asked otherwise).
 */
export function runExport(args: readonly string[]): CommandResult {
  const positional: string[] = []
  let delimiter: Delimiter = ','
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    const named = /^--delimiter(?:=(.*))?$/s.exec(arg)
    if (!named) {
      positional.push(arg)
      continue
    }
    const value = named[1] ?? args[++i] ?? ''
    const chosen = DELIMITER_NAMES[value]
    if (!chosen)
      return {
        lines: [`--delimiter: ${JSON.stringify(value)} is not one of comma, semicolon, tab`, USAGE],
        code: 2,
      }
    delimiter = chosen
  }
  const [path, folder] = positional
  if (!path || !folder || positional.length > 2) return { lines: [USAGE], code: 2 }
  const text = readTextFile(path)
  // Only a valid dataset is exported: the sheets then hold exactly what the app would show.
  const checked = parseDatasetText(text)
  if (!checked.ok)
    return {
      lines: [
        ...checked.problems.map((problem) => `${path}: ${formatProblem(problem)}`),
        `${problemCount(checked.problems.length)} found; nothing exported`,
      ],
      code: 1,
    }
  // The file's own values, not the validator's copy (which trims text), so the round trip is exact.
  const sheets = datasetToSheets(JSON.parse(text) as RawDataset, delimiter)
  writeSheetFolder(folder, sheets)
  return { lines: [`OK wrote ${Object.keys(sheets).join(', ')} to ${folder}`], code: 0 }
}
