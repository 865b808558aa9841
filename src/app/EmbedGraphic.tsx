import { memo, type ReactNode, useEffect } from 'react'
import { PeopleDirectoryContext } from '../charts/PersonLink.tsx'
import { MatrixPanel } from '../charts/stance-matrix/MatrixPanel.tsx'
import { UiText } from '../charts/UiText.tsx'
import { PhaseControl } from '../controls/PhaseControl.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import { type Language, textIn } from '../data/languages.ts'
import { type EmbedSection, fullViewHref } from '../embed/embedOptions.ts'
import { useStoreAfterPaint } from '../hooks/useStoreAfterPaint.ts'
import { useUiStore } from '../state/uiStore.ts'
import { messages } from '../ui/strings.ts'
import { EmbedSections } from './lazyParts.tsx'
import { markInteractive } from './markInteractive.ts'
import { PhaseAnnouncer } from './PhaseAnnouncer.tsx'
import { useShownPhase, useShownPhaseAfterPaint } from './useShownPhase.ts'
import '../charts/panel.css'
import './EmbedGraphic.css'

type Props = {
  dataset: Dataset
  language: Language
  sections: EmbedSection[]
  /** The "Updated" line and update notices (LiveStatus). */
  liveStatus?: ReactNode
  /** Live updates applied so far (see PhaseAnnouncer). */
  updates?: number
}

/** The compact embed: title, phase, the chosen sections and a source line; no page chrome. */
export function EmbedGraphic({ dataset, language, sections, liveStatus, updates = 0 }: Props) {
  const strings = messages(language).sections
  const phase = useShownPhase(dataset)
  useEffect(markInteractive, [])
  return (
    <PeopleDirectoryContext value={false}>
      <main className="page is-embed">
        <h1 className="embed-title">{dataset.meta.title[language]}</h1>
        {liveStatus}
        <PhaseControl dataset={dataset} language={language} phase={phase} />
        <PhaseAnnouncer dataset={dataset} language={language} phase={phase} updates={updates} />
        {sections.includes('matrix') && (
          <MatrixPanel dataset={dataset} language={language} phase={phase} />
        )}
        {/* Suspends up to the app's boundary: the embed appears whole, not section by section. */}
        {sections.some((section) => section !== 'matrix') && (
          <LateSections dataset={dataset} language={language} sections={sections} />
        )}
        <p className="embed-footer">
          <UiText
            language={language}
            text={strings.embedSourceLine}
            values={{
              credits: textIn(dataset.meta.credits, language),
              count: dataset.sources.length,
            }}
          />{' '}
          <FullViewLink language={language} />
        </p>
      </main>
    </PeopleDirectoryContext>
  )
}

/**
 * The sections besides the matrix, a frame behind it (as under the page's matrix): their own
 * component, memoised, so the matrix's phase change does not re-render them in its frame.
 */
const LateSections = memo(function LateSections(props: {
  dataset: Dataset
  language: Language
  sections: EmbedSection[]
}) {
  const measure = useStoreAfterPaint(useUiStore, (s) => s.selectedMeasure)
  const phase = useShownPhaseAfterPaint(props.dataset)
  return <EmbedSections {...props} phase={phase} measure={measure} />
})

/** The link to the full view of what the reader has reached, read from the URL. */
const FullViewLink = memo(function FullViewLink({ language }: { language: Language }) {
  // The URL is written a frame after a change (main.tsx), by the store's first listener, so
  // it is written when this reads it. The build's prerender of embed.html has no address: it
  // writes the link for the default view there.
  const search = useStoreAfterPaint(useUiStore, () =>
    typeof window === 'undefined' ? null : window.location.search,
  )
  const href =
    search === null
      ? fullViewHref('embed.html', '')
      : fullViewHref(window.location.pathname, search)
  return (
    <a href={href} target="_blank" rel="noopener">
      <UiText language={language} text={messages(language).sections.openFullView} />
      <span className="visually-hidden">
        {' '}
        <UiText language={language} text={messages(language).ui.opensInNewTab} />
      </span>
    </a>
  )
})
