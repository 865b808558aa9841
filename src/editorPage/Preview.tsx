import { memo, useDeferredValue } from 'react'
import { GraphPanel } from '../charts/conflict-graph/GraphPanel.tsx'
import { MajorityPanel } from '../charts/majority/MajorityPanel.tsx'
import { MatrixPanel } from '../charts/stance-matrix/MatrixPanel.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import { type Language, textDirection } from '../data/languages.ts'
import { useUiStore } from '../state/uiStore.ts'

type Props = { dataset: Dataset | null; phase: string; language: string; stale: boolean }

/**
 * The reader's own matrix, conflict graph and majority panel for the dataset as edited, at the
 * phase and in the language the editor picked. While the data is invalid it keeps the last valid
 * version, and says so. Memoised: choosing a cell or typing in a form that does not change the
 * checked data leaves the charts alone.
 */
export const Preview = memo(function Preview({ dataset, phase, language, stale }: Props) {
  const measure = useUiStore((s) => s.selectedMeasure)
  // The matrix, which an edit of a stance changes, draws first; the graph's force layout and the
  // majorities follow in a render of their own, so they do not hold the matrix back.
  const later = useDeferredValue(dataset)
  if (!dataset)
    return (
      <p className="ed-note" role="status">
        The preview appears once the dataset is valid.
      </p>
    )
  const shownLanguage: Language = dataset.meta.languages.includes(language)
    ? language
    : dataset.meta.defaultLanguage
  const shown = dataset.phaseById.has(phase) ? phase : (dataset.phases.at(-1)?.id ?? '')
  return (
    <>
      {stale ? (
        <p className="ed-note" role="status">
          The dataset has problems: the preview shows its last valid version.
        </p>
      ) : null}
      <div className="page ed-preview-page" lang={shownLanguage} dir={textDirection(shownLanguage)}>
        <MatrixPanel dataset={dataset} language={shownLanguage} phase={shown} />
        <GraphPanel dataset={later ?? dataset} language={shownLanguage} phase={shown} />
        <MajorityPanel
          dataset={later ?? dataset}
          language={shownLanguage}
          phase={shown}
          measure={measure}
        />
      </div>
    </>
  )
})
