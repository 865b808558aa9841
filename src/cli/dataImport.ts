/**
 * `npm run data:import -- <folder> [out.json]`: turns a folder of CSV sheets into a dataset JSON
 * (on stdout without out.json), or lists every problem by file, row and column and exits non-zero.
 * It never prints a stack trace, whatever the sheets hold.
 */
import { runImport } from '../sheets/runImport.ts'
import { FileProblem } from '../sheets/sheetFolder.ts'

try {
  const { lines, code, stdout } = runImport(process.argv[2], process.argv[3])
  if (stdout !== undefined) process.stdout.write(stdout)
  // With the dataset on stdout, messages go to stderr so the output can be piped into a file.
  for (const line of lines) (code === 0 && stdout === undefined ? console.log : console.error)(line)
  process.exitCode = code
} catch (error) {
  // Last resort: one line, never a stack trace.
  console.error(
    error instanceof FileProblem
      ? error.message
      : `data:import: unexpected failure (${error instanceof Error ? error.message : String(error)})`,
  )
  process.exitCode = 1
}
