import { type FormEvent, useEffect, useRef, useState } from 'react'
import { UiText } from '../charts/UiText.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import { setDataset, useUiStore } from '../state/uiStore.ts'
import { messages } from '../ui/strings.ts'
import { MANIFEST } from './datasetManifest.ts'
import { pageDataset } from './pageDataset.ts'
import './DatasetPicker.css'

// The page is replaced while the chosen dataset loads; the new picker takes focus back from it.
let refocusAfterLoad = false

/**
 * Chooses among the bundled datasets. The list is compiled in, so the prerendered page and the
 * hydrated one show the same picker; a dataset opened by path is listed as well. Moving through
 * the list changes nothing (WCAG 3.2.2): the graphic changes on the Open button only.
 */
export function DatasetPicker({ dataset, language }: { dataset: Dataset; language: Language }) {
  const strings = messages(language).ui
  const chosen = useUiStore((s) => s.dataset) ?? pageDataset()
  const [draft, setDraft] = useState(chosen)
  const selectRef = useRef<HTMLSelectElement>(null)
  useEffect(() => {
    if (!refocusAfterLoad) return
    refocusAfterLoad = false
    selectRef.current?.focus()
  }, [])
  const options = MANIFEST.some((e) => e.name === chosen)
    ? MANIFEST
    : [{ name: chosen, title: dataset.meta.title }, ...MANIFEST]
  if (options.length < 2) return null
  const open = (event: FormEvent) => {
    event.preventDefault()
    if (draft === chosen) return
    refocusAfterLoad = true
    setDataset(draft === pageDataset() ? null : draft)
  }
  return (
    <form className="dataset-picker" onSubmit={open}>
      <label htmlFor="dataset-picker">
        <UiText language={language} text={strings.datasetPicker} />
      </label>
      <select
        id="dataset-picker"
        ref={selectRef}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
      >
        {options.map((entry) => (
          <option key={entry.name} value={entry.name}>
            {entry.title[language] ?? entry.name}
          </option>
        ))}
      </select>
      <button type="submit">
        <UiText language={language} text={strings.openDataset} />
      </button>
    </form>
  )
}
