import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { datasetFingerprint } from '../data/datasetFingerprint.ts'
import { listDatasetFiles } from './datasetsPlugin.ts'

/** Fingerprints of the dataset files in `dir` (unparseable files are skipped; the prerender step reports them). */
export function bundledFingerprints(dir: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const name of listDatasetFiles(dir).filter((n) => n !== 'schema.json')) {
    try {
      result[name.replace(/\.json$/, '')] = datasetFingerprint(
        readFileSync(join(dir, name), 'utf8'),
      )
    } catch {
      // Left out: a file that is not JSON is never trusted, and the build's check names it.
    }
  }
  return result
}
