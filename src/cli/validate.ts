/**
 * `npm run validate -- <file.json>`: prints OK with counts, or every problem with its
 * JSON path, and exits non-zero. It never prints a stack trace, whatever the file holds.
 */
import { validateFile } from './validateFile.ts'

try {
  const { lines, code } = validateFile(process.argv[2])
  for (const line of lines) (code === 0 ? console.log : console.error)(line)
  process.exitCode = code
} catch (error) {
  // Last resort: one line, never a stack trace.
  console.error(
    `validate: unexpected failure (${error instanceof Error ? error.message : String(error)})`,
  )
  process.exitCode = 1
}
