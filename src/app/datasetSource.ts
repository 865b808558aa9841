import type { Dataset } from '../data/indexDataset.ts'
import { parseDatasetText } from '../data/parseDatasetText.ts'
import type { Problem } from '../data/problem.ts'

/** The dataset that ships with the app and opens by default. */
export const DEFAULT_DATASET = 'rutte4-asylum-2023'

/** Where a bundled dataset lives, relative to the page so any sub-path works. */
export function bundledDatasetUrl(name: string): string {
  return `data/${name}.json`
}

/** Loading state of the dataset, as the app shows it. */
export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset }
  | { status: 'failed'; source: string; problems: Problem[] }

/** Fetches and validates a dataset; every failure becomes problems, never a throw. */
export async function loadDataset(url: string, unreachable: string): Promise<DatasetState> {
  try {
    const response = await fetch(url)
    if (!response.ok)
      return failed(url, [{ path: '(file)', message: `${unreachable} (HTTP ${response.status})` }])
    const checked = parseDatasetText(await response.text())
    return checked.ok ? { status: 'ready', dataset: checked.value } : failed(url, checked.problems)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return failed(url, [{ path: '(file)', message: `${unreachable} (${reason})` }])
  }
}

function failed(source: string, problems: Problem[]): DatasetState {
  return { status: 'failed', source, problems }
}
