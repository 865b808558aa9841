import { census, problemCount } from '../data/census.ts'
import { readSheetFolder, writeTextFile } from './sheetFolder.ts'
import { sheetsToDataset } from './sheetsToDataset.ts'

/** What a command prints: lines for the reader, the exit code, and data for stdout if any. */
export type CommandResult = { lines: string[]; code: number; stdout?: string }

/** `data:import <folder> [out.json]`: reads the sheets, validates, writes the dataset JSON or lists every problem. */
export function runImport(folder: string | undefined, out: string | undefined): CommandResult {
  if (!folder) return { lines: ['usage: npm run data:import -- <folder> [out.json]'], code: 2 }
  const result = sheetsToDataset(readSheetFolder(folder))
  if (!result.ok)
    return {
      lines: [...result.problems, `${problemCount(result.problems.length)} found; nothing written`],
      code: 1,
    }
  const json = `${JSON.stringify(result.value, null, 2)}\n`
  if (out === undefined)
    return { lines: [`OK ${folder}: ${census(result.value)}`], code: 0, stdout: json }
  writeTextFile(out, json)
  return { lines: [`OK wrote ${out}: ${census(result.value)}`], code: 0 }
}
