import { datasetFingerprint } from '../data/datasetFingerprint.ts'
import { type Dataset, indexDataset } from '../data/indexDataset.ts'
import type { Problem } from '../data/problem.ts'
import type { RawDataset } from '../data/schema.ts'

/** The dataset that ships with the app and opens by default. */
export const DEFAULT_DATASET = 'rutte4-asylum-2023'

/** Fingerprints of the datasets the build validated (see vite.config.ts). */
declare const __BUNDLED_FINGERPRINTS__: Record<string, string>
const BUNDLED: Readonly<Record<string, string>> =
  typeof __BUNDLED_FINGERPRINTS__ === 'undefined' ? {} : __BUNDLED_FINGERPRINTS__

/** Where a bundled dataset lives, relative to the page so any sub-path works. */
export function bundledDatasetUrl(name: string): string {
  return `data/${name}.json`
}

/** Loading state of the dataset, as the app shows it. */
export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset; fingerprint: string }
  | { status: 'failed'; source: string; problems: Problem[] }

/**
 * Fetches a dataset. A file the build already validated is only indexed; anything else goes
 * through the full validator, loaded on demand. Every failure becomes problems, never a throw.
 */
export async function loadDataset(url: string, unreachable: string): Promise<DatasetState> {
  let text: string
  try {
    const response = await fetch(url)
    if (!response.ok)
      return failed(url, [{ path: '(file)', message: `${unreachable} (HTTP ${response.status})` }])
    text = await response.text()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return failed(url, [{ path: '(file)', message: `${unreachable} (${reason})` }])
  }
  const trusted = trustedBundled(text)
  if (trusted)
    return { status: 'ready', dataset: indexDataset(trusted.raw), fingerprint: trusted.fingerprint }
  const { parseDatasetText } = await import('../data/parseDatasetText.ts')
  const checked = parseDatasetText(text)
  if (!checked.ok) return failed(url, checked.problems)
  return {
    status: 'ready',
    dataset: checked.value,
    fingerprint: datasetFingerprint(text),
  }
}

/** The raw dataset, if this text is exactly a dataset the build validated. */
function trustedBundled(text: string): { raw: RawDataset; fingerprint: string } | null {
  const fingerprint = datasetFingerprint(text)
  if (!Object.values(BUNDLED).includes(fingerprint)) return null
  const raw = safeParse(text)
  return raw === undefined ? null : { raw: raw as RawDataset, fingerprint }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function failed(source: string, problems: Problem[]): DatasetState {
  return { status: 'failed', source, problems }
}
