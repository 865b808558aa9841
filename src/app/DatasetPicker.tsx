import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import { setDataset, useUiStore } from '../state/uiStore.ts'
import { STRINGS } from '../ui/strings.ts'
import { DEFAULT_DATASET } from './datasetSource.ts'

type Entry = { name: string; title: Record<string, string> }

/** The bundled datasets, listed by the build from the files in data/ (see vite.config.ts). */
declare const __DATASET_MANIFEST__: Entry[]
const MANIFEST: readonly Entry[] =
  typeof __DATASET_MANIFEST__ === 'undefined' ? [] : __DATASET_MANIFEST__

/**
 * Chooses among the bundled datasets. The list is compiled in, so the prerendered page and the
 * hydrated one show the same picker; a dataset opened by path is listed as well.
 */
export function DatasetPicker({ dataset, language }: { dataset: Dataset; language: Language }) {
  const chosen = useUiStore((s) => s.dataset) ?? DEFAULT_DATASET
  const options = MANIFEST.some((e) => e.name === chosen)
    ? MANIFEST
    : [{ name: chosen, title: dataset.meta.title }, ...MANIFEST]
  if (options.length < 2) return null
  return (
    <label className="dataset-picker">
      <span>{STRINGS[language].datasetPicker}</span>
      <select
        value={chosen}
        onChange={(e) => setDataset(e.target.value === DEFAULT_DATASET ? null : e.target.value)}
      >
        {options.map((entry) => (
          <option key={entry.name} value={entry.name}>
            {entry.title[language] ?? entry.name}
          </option>
        ))}
      </select>
    </label>
  )
}
