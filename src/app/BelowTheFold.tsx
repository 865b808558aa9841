import { useCallback, useEffect, useState } from 'react'
import { GraphPanel } from '../charts/conflict-graph/GraphPanel.tsx'
import { MajorityPanel } from '../charts/majority/MajorityPanel.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import { useStoreAfterPaint } from '../hooks/useStoreAfterPaint.ts'
import { loadCatalogue } from '../i18n/catalogues.ts'
import { useUiStore } from '../state/uiStore.ts'
import { catalogueLanguage } from '../ui/strings.ts'
import { LowerSections } from './LowerSections.tsx'
import { markInteractive } from './markInteractive.ts'
import { useShownPhaseAfterPaint } from './useShownPhase.ts'

type Props = { dataset: Dataset; language: Language }

/**
 * Everything under the matrix, loaded after the first view (its own chunk). It reads the phase
 * and selection from the store itself, so a click in the matrix before it hydrates does not
 * change its props (which would make React drop the prerendered HTML). It follows them a frame
 * after the matrix (useStoreAfterPaint), so a click's frame does not wait for these views.
 */
export function BelowTheFold({ dataset, language }: Props) {
  // A frame behind the matrix: the click's own frame draws only the matrix and the controls.
  const selectedMeasure = useStoreAfterPaint(useUiStore, (s) => s.selectedMeasure)
  const phase = useShownPhaseAfterPaint(dataset)
  const [lowerShown, setLowerShown] = useState(false)
  const onLowerShown = useCallback(() => setLowerShown(true), [])
  // The last part of the page to come alive: from here on every part answers, the sections
  // drawn after the first view and the language switch too, so the dataset's other languages'
  // words are fetched first (each a few kB).
  const languages = dataset.meta.languages
  useEffect(() => {
    if (!lowerShown) return
    let current = true
    const words = languages.map((language) => loadCatalogue(catalogueLanguage(language)))
    void Promise.allSettled(words).then(() => current && markInteractive())
    return () => {
      current = false
    }
  }, [languages, lowerShown])
  return (
    <>
      <GraphPanel dataset={dataset} language={language} phase={phase} />
      <MajorityPanel
        dataset={dataset}
        language={language}
        phase={phase}
        measure={selectedMeasure}
      />
      <LowerSections dataset={dataset} language={language} phase={phase} onShown={onLowerShown} />
    </>
  )
}
