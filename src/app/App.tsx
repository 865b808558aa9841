import { type ReactNode, Suspense, useEffect } from 'react'
import { MatrixPanel } from '../charts/stance-matrix/MatrixPanel.tsx'
import { UiText } from '../charts/UiText.tsx'
import { PhaseControl } from '../controls/PhaseControl.tsx'
import { resolveDatasetLocation } from '../data/datasetLocation.ts'
import type { Dataset } from '../data/indexDataset.ts'
import {
  FALLBACK_LANGUAGE,
  type Language,
  shownLanguage,
  textDirection,
  textIn,
} from '../data/languages.ts'
import type { EmbedOptions } from '../embed/embedOptions.ts'
import { hydratesLater } from '../hooks/hydratesLater.tsx'
import { useUiStore } from '../state/uiStore.ts'
import { formatDate } from '../ui/format.ts'
import { messages } from '../ui/strings.ts'
import { markFirstViewShown } from './afterFirstView.ts'
import { DatasetPicker } from './DatasetPicker.tsx'
import { datasetPolicy } from './datasetPolicy.ts'
import type { DatasetState } from './datasetSource.ts'
import { ErrorPanel } from './ErrorPanel.tsx'
import { KeyFigures } from './KeyFigures.tsx'
import { LanguageSwitch } from './LanguageSwitch.tsx'
import { LiveStatus, UpdatedCellsFor } from './LiveStatus.tsx'
import { DeferredSections, EmbedGraphic } from './lazyParts.tsx'
import { markInteractive } from './markInteractive.ts'
import { PhaseAnnouncer } from './PhaseAnnouncer.tsx'
import { useCatalogueLanguage } from './useCatalogueLanguage.ts'
import { useDataset } from './useDataset.ts'
import { useLiveDataset } from './useLiveDataset.ts'
import { useShownPhase } from './useShownPhase.ts'
import './App.css'

/** The page: loads the dataset, then shows the graphic or a readable error. */
export function App({
  embed,
  preloaded = null,
  preloadedFingerprint = '',
}: {
  embed: EmbedOptions
  preloaded?: Dataset | null
  /** The preloaded file's fingerprint, so live updates know the version shown. */
  preloadedFingerprint?: string
}) {
  const chosenLanguage = useUiStore((s) => s.language)
  // Before a dataset says its languages: the asked language, else the page's own.
  const pageLanguage =
    chosenLanguage ??
    ((typeof document === 'undefined' ? '' : document.documentElement.lang) || FALLBACK_LANGUAGE)
  const fallbackStrings = messages(pageLanguage).ui
  const dataParam = useUiStore((s) => s.dataset)
  const location = resolveDatasetLocation(dataParam ?? '', pageUrl(), datasetPolicy())
  const url = location.ok ? location.url : null
  const loaded = useDataset(url, fallbackStrings, preloaded, preloadedFingerprint)
  const live = useLiveDataset(url, loaded, fallbackStrings)
  // A live update replaces the data in place; everything below derives from it.
  const state: DatasetState =
    loaded.status === 'ready' && live ? { ...loaded, dataset: live.dataset } : loaded
  const wanted =
    state.status === 'ready' ? shownLanguage(chosenLanguage, state.dataset.meta) : pageLanguage
  // Shown once its words are here: a switch waits for them in the language shown before; a
  // dataset whose language has not arrived yet stays on the loading line (no flash of another).
  const catalogued = useCatalogueLanguage(wanted, state.status === 'ready' ? url : null)
  const language = catalogued ?? pageLanguage
  const strings = messages(language).ui

  const theme = useUiStore((s) => s.theme)
  useEffect(() => {
    document.documentElement.lang = language
    document.documentElement.dir = textDirection(language)
  }, [language])
  // The tab (and a screen reader's page title) names what is shown, in the language shown.
  const title =
    !location.ok || state.status === 'failed'
      ? strings.errorTitle
      : state.status === 'loading' || catalogued === null
        ? strings.loading
        : textIn(state.dataset.meta.title, language)
  useEffect(() => {
    document.title = title
  }, [title])
  const ready = !location.ok || (state.status !== 'loading' && catalogued !== null)
  // The graphic marks the page live itself, once its last (deferred) part has come alive.
  const showsGraphic = location.ok && state.status === 'ready'
  useEffect(() => {
    if (!ready) return
    markFirstViewShown()
    if (!showsGraphic) markInteractive()
  }, [ready, showsGraphic])
  useEffect(() => {
    // An explicit theme (from ?theme=) overrides the reader's system setting.
    if (theme === 'auto') delete document.documentElement.dataset.theme
    else document.documentElement.dataset.theme = theme
  }, [theme])

  if (!location.ok)
    return (
      <main className="page">
        <ErrorPanel
          source={`?data=${dataParam ?? ''}`}
          problems={[{ path: 'data', message: messages(language).dataRefused[location.reason] }]}
          strings={strings}
        />
      </main>
    )
  if (state.status === 'loading' || catalogued === null)
    return (
      <main className="page" aria-busy="true">
        <p className="loading">
          <UiText language={language} text={strings.loading} />
        </p>
      </main>
    )
  if (state.status === 'failed')
    return (
      <main className="page">
        <ErrorPanel source={state.source} problems={state.problems} strings={strings} />
      </main>
    )
  const liveStatus = live && <LiveStatus live={live} language={language} />
  if (embed.embed)
    return (
      <Suspense
        fallback={
          <p className="loading">
            <UiText language={language} text={strings.loading} />
          </p>
        }
      >
        <UpdatedCellsFor live={live}>
          <EmbedGraphic
            dataset={state.dataset}
            language={language}
            sections={embed.sections}
            liveStatus={liveStatus}
            updates={live?.updates ?? 0}
          />
        </UpdatedCellsFor>
      </Suspense>
    )
  return (
    <UpdatedCellsFor live={live}>
      <Graphic
        dataset={state.dataset}
        language={language}
        liveStatus={liveStatus}
        updates={live?.updates ?? 0}
      />
    </UpdatedCellsFor>
  )
}

/** The page's address; during the build's prerender there is none, and only the default is rendered. */
function pageUrl(): string {
  return typeof window === 'undefined' ? 'http://localhost/' : window.location.href
}

type GraphicProps = {
  dataset: Dataset
  language: Language
  /** The "Updated" line and update notices (LiveStatus). */
  liveStatus: ReactNode
  /** Live updates applied so far: a phase moved by one is announced with it, not twice. */
  updates: number
}

/** The graphic for a valid dataset. */
function Graphic({ dataset, language, liveStatus, updates }: GraphicProps) {
  const phase = useShownPhase(dataset)
  return (
    <main className="page">
      {/* The first tab stop: past the masthead's controls and the stepper, to the matrix. */}
      <a className="skip-link" href="#matrix-view">
        <UiText language={language} text={messages(language).ui.skipToGraphic} />
      </a>
      <LateMasthead dataset={dataset} language={language} />
      {liveStatus}
      <LatePhaseControl dataset={dataset} language={language} phase={phase} />
      <PhaseAnnouncer dataset={dataset} language={language} phase={phase} updates={updates} />
      <MatrixPanel dataset={dataset} language={language} phase={phase} />
      <DeferredSections dataset={dataset} language={language} />
    </main>
  )
}

/** Title, deck, controls for dataset and language, and the key figures. */
function Masthead({ dataset, language }: { dataset: Dataset; language: Language }) {
  const strings = messages(language).ui
  return (
    <header className="masthead">
      <div className="masthead-controls">
        <DatasetPicker dataset={dataset} language={language} />
        <LanguageSwitch language={language} languages={dataset.meta.languages} />
      </div>
      <h1>{dataset.meta.title[language]}</h1>
      <p className="deck">{dataset.meta.deck[language]}</p>
      <p className="as-of">
        <UiText
          language={language}
          text={strings.asOf}
          values={{ date: formatDate(dataset.meta.asOf.slice(0, 10), language) }}
        />
      </p>
      <KeyFigures dataset={dataset} language={language} />
    </header>
  )
}

// Hydrated after the matrix, so the first click on a cell does not wait for them.
const LateMasthead = hydratesLater(Masthead)
const LatePhaseControl = hydratesLater(PhaseControl)
