import { useEffect } from 'react'
import { useUiStore } from '../state/uiStore.ts'
import { STRINGS } from '../ui/strings.ts'
import { bundledDatasetUrl, DEFAULT_DATASET } from './datasetSource.ts'
import { ErrorPanel } from './ErrorPanel.tsx'
import { useDataset } from './useDataset.ts'

/** The page: loads the dataset, then shows the graphic or a readable error. */
export function App() {
  const chosenLanguage = useUiStore((s) => s.language)
  const fallbackStrings = STRINGS[chosenLanguage ?? 'nl']
  const state = useDataset(bundledDatasetUrl(DEFAULT_DATASET), fallbackStrings.errorUnreachable)
  const language =
    chosenLanguage ?? (state.status === 'ready' ? state.dataset.meta.defaultLanguage : 'nl')
  const strings = STRINGS[language]

  useEffect(() => {
    document.documentElement.lang = language
  }, [language])

  if (state.status === 'loading')
    return (
      <main className="page" aria-busy="true">
        <p className="loading">{strings.loading}</p>
      </main>
    )
  if (state.status === 'failed')
    return (
      <main className="page">
        <ErrorPanel source={state.source} problems={state.problems} strings={strings} />
      </main>
    )
  return (
    <main className="page">
      <header className="masthead">
        <h1>{state.dataset.meta.title[language]}</h1>
      </header>
    </main>
  )
}
