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

/** What a failed fetch says, in the reader's language (from the UI dictionary). */
export type LoadMessages = { errorUnreachable: string; errorNotFound: string; errorWebPage: string }

/**
 * Fetches a dataset. A file the build already validated is only indexed; anything else goes
 * through the full validator, loaded on demand. Every failure becomes problems, never a throw;
 * a missing file and a web page served in its place (a static host's 404 or index page) are
 * named as such, with the address.
 */
export async function loadDataset(url: string, messages: LoadMessages): Promise<DatasetState> {
  const address = new URL(url, globalThis.location?.href ?? 'http://localhost/').href
  let text: string
  try {
    const response = await fetch(url)
    if (response.status === 404 || response.status === 410)
      return failed(address, [
        { path: '(file)', message: `${messages.errorNotFound} (HTTP ${response.status})` },
      ])
    if (!response.ok)
      return failed(address, [
        { path: '(file)', message: `${messages.errorUnreachable} (HTTP ${response.status})` },
      ])
    text = await response.text()
    if (/\bhtml\b/i.test(response.headers.get('Content-Type') ?? '') || /^\s*</.test(text))
      return failed(address, [{ path: '(file)', message: messages.errorWebPage }])
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return failed(address, [
      { path: '(file)', message: `${messages.errorUnreachable} (${reason})` },
    ])
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
