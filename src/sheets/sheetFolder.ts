/** Node-only file access for the data:import and data:export commands; the conversion stays pure. */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Larger files are refused before reading: no real sheet or dataset comes near this. */
export const MAX_BYTES = 64 * 1024 * 1024

/** Thrown for a file problem that is the reader's to fix; the message is one line, ready to print. */
export class FileProblem extends Error {}

/** Reads a text file, or throws a FileProblem naming it and why (`ENOENT`, too large…). */
export function readTextFile(path: string): string {
  try {
    const size = statSync(path).size
    if (size > MAX_BYTES)
      throw new FileProblem(`${path}: is ${size} bytes; the limit is ${MAX_BYTES}`)
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw asFileProblem(error, `${path}: cannot be read`)
  }
}

/** Reads every `.csv` file of a folder: file name → text. Other files (a README, .DS_Store) are ignored. */
export function readSheetFolder(folder: string): Record<string, string> {
  let names: string[]
  try {
    names = readdirSync(folder).filter((name) => /\.csv$/i.test(name))
  } catch (error) {
    throw asFileProblem(error, `${folder}: cannot be read as a folder`)
  }
  return Object.fromEntries(names.map((name) => [name, readTextFile(join(folder, name))]))
}

/** Writes files into a folder, creating it if needed. */
export function writeSheetFolder(folder: string, files: Readonly<Record<string, string>>): void {
  try {
    mkdirSync(folder, { recursive: true })
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text)
  } catch (error) {
    throw asFileProblem(error, `${folder}: cannot be written`)
  }
}

/** Writes one text file. */
export function writeTextFile(path: string, text: string): void {
  try {
    writeFileSync(path, text)
  } catch (error) {
    throw asFileProblem(error, `${path}: cannot be written`)
  }
}

function asFileProblem(error: unknown, what: string): FileProblem {
  if (error instanceof FileProblem) return error
  const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error'
  return new FileProblem(`${what} (${code})`)
}
