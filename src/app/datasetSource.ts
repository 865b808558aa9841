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

/**
 * Where a bundled dataset lives, relative to the page so any sub-path works; `root` leads from a
 * dataset's own page (`<name>/index.html`) back to the app's folder.
 */
export function bundledDatasetUrl(name: string, root = ''): string {
  return `${root}data/${name}.json`
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
  const fetched = await fetchDatasetText(url, messages)
  if (fetched.kind !== 'text') return failed(fetched.address, fetched.problems)
  return readDatasetText(fetched.text, url)
}

/** A dataset file's text as fetched, or why there is none: no answer, or a web page instead. */
export type FetchedText =
  | { kind: 'text'; text: string }
  | { kind: 'unreachable' | 'web-page'; address: string; problems: Problem[] }

/** Fetches a dataset file's text; `init` lets a live update ask for revalidation. */
export async function fetchDatasetText(
  url: string,
  messages: LoadMessages,
  init?: RequestInit,
): Promise<FetchedText> {
  const address = new URL(url, globalThis.location?.href ?? 'http://localhost/').href
  const problem = (kind: 'unreachable' | 'web-page', message: string): FetchedText => ({
    kind,
    address,
    problems: [{ path: '(file)', message }],
  })
  try {
    const response = await fetch(url, init)
    if (response.status === 404 || response.status === 410)
      return problem('unreachable', `${messages.errorNotFound} (HTTP ${response.status})`)
    if (!response.ok)
      return problem('unreachable', `${messages.errorUnreachable} (HTTP ${response.status})`)
    const text = await response.text()
    if (/\bhtml\b/i.test(response.headers.get('Content-Type') ?? '') || /^\s*</.test(text))
      return problem('web-page', messages.errorWebPage)
    return { kind: 'text', text }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return problem('unreachable', `${messages.errorUnreachable} (${reason})`)
  }
}

/** Reads a dataset file's text, exactly as on first load: trusted if the build validated it, else checked in full. */
export async function readDatasetText(text: string, source: string): Promise<DatasetState> {
  const trusted = trustedBundled(text)
  if (trusted)
    return { status: 'ready', dataset: indexDataset(trusted.raw), fingerprint: trusted.fingerprint }
  const { parseDatasetText } = await import('../data/parseDatasetText.ts')
  const checked = parseDatasetText(text)
  if (!checked.ok) return failed(source, checked.problems)
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
