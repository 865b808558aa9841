import { datasetFingerprint } from '../data/datasetFingerprint.ts'
import type { Dataset } from '../data/indexDataset.ts'
import type { Problem } from '../data/problem.ts'
import { fetchDatasetText, type LoadMessages, readDatasetText } from './datasetSource.ts'

/** What one check of the dataset's file found. */
export type UpdateCheck =
  /** The server has the same file (usually a 304 the browser answered from its cache). */
  | { kind: 'unchanged' }
  /** No answer, or an HTTP error: try again later. */
  | { kind: 'failed' }
  /** A new file that does not read as a valid dataset: the reader keeps the last good one. */
  | { kind: 'broken'; fingerprint: string; problems: Problem[] }
  | { kind: 'changed'; dataset: Dataset; fingerprint: string }

/**
 * Asks the server whether the dataset's file changed since the version with `fingerprint`.
 * `cache: 'no-cache'` makes the browser revalidate its copy (If-None-Match / If-Modified-Since),
 * so an unchanged file costs the server a 304 and this page no parsing. A changed file is
 * validated exactly as on first load.
 */
export async function checkForUpdate(
  url: string,
  fingerprint: string,
  messages: LoadMessages,
): Promise<UpdateCheck> {
  const fetched = await fetchDatasetText(url, messages, { cache: 'no-cache' })
  if (fetched.kind !== 'text')
    return fetched.kind === 'unreachable'
      ? { kind: 'failed' }
      : { kind: 'broken', fingerprint: '', problems: fetched.problems }
  const next = datasetFingerprint(fetched.text)
  if (next === fingerprint) return { kind: 'unchanged' }
  const state = await readDatasetText(fetched.text, url)
  if (state.status === 'ready')
    return { kind: 'changed', dataset: state.dataset, fingerprint: state.fingerprint }
  return {
    kind: 'broken',
    fingerprint: next,
    problems: state.status === 'failed' ? state.problems : [],
  }
}
