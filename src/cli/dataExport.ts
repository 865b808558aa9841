/**
 * `npm run data:export -- <dataset.json> <folder>`: writes the dataset as one CSV file per sheet
 * (see data/README.md, "Spreadsheets"), or lists the dataset's problems and exits non-zero.
 * It never prints a stack trace, whatever the file holds.
 */
import { runExport } from '../sheets/runExport.ts'
import { FileProblem } from '../sheets/sheetFolder.ts'

try {
  const { lines, code } = runExport(process.argv.slice(2))
  for (const line of lines) (code === 0 ? console.log : console.error)(line)
  process.exitCode = code
} catch (error) {
  // Last resort: one line, never a stack trace.
  console.error(
    error instanceof FileProblem
      ? error.message
      : `data:export: unexpected failure (${error instanceof Error ? error.message : String(error)})`,
  )
  process.exitCode = 1
}
