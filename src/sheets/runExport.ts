import { parseDatasetText } from '../data/parseDatasetText.ts'
import { formatProblem } from '../data/problem.ts'
import type { RawDataset } from '../data/schema.ts'
import { datasetToSheets } from './datasetToSheets.ts'
import type { CommandResult } from './runImport.ts'
import { readTextFile, writeSheetFolder } from './sheetFolder.ts'

/** `data:export <dataset.json> <folder>`: validates the dataset, then writes one CSV per sheet. */
export function runExport(path: string | undefined, folder: string | undefined): CommandResult {
  if (!path || !folder)
    return { lines: ['usage: npm run data:export -- <dataset.json> <folder>'], code: 2 }
  const text = readTextFile(path)
  // Only a valid dataset is exported: the sheets then hold exactly what the app would show.
  const checked = parseDatasetText(text)
  if (!checked.ok)
    return {
      lines: [
        ...checked.problems.map((problem) => `${path}: ${formatProblem(problem)}`),
        `${checked.problems.length} problem(s) found; nothing exported`,
      ],
      code: 1,
    }
  // The file's own values, not the validator's copy (which trims text), so the round trip is exact.
  const sheets = datasetToSheets(JSON.parse(text) as RawDataset)
  writeSheetFolder(folder, sheets)
  return { lines: [`OK wrote ${Object.keys(sheets).join(', ')} to ${folder}`], code: 0 }
}
