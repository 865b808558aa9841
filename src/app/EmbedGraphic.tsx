import { type ReactNode, useEffect } from 'react'
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
  // The sections besides the matrix follow a frame late, as under the page's matrix.
  const lateMeasure = useStoreAfterPaint(useUiStore, (s) => s.selectedMeasure)
  const latePhase = useShownPhaseAfterPaint(dataset)
  useEffect(markInteractive, [])
  // Re-read on every render so the link follows the view the reader has reached. The build's
  // prerender of embed.html has no address: it writes the link for the default view there.
  const fullView =
    typeof window === 'undefined'
      ? fullViewHref('embed.html', '')
      : fullViewHref(window.location.pathname, window.location.search)
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
          <EmbedSections
            dataset={dataset}
            language={language}
            phase={latePhase}
            sections={sections}
            measure={lateMeasure}
          />
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
          <a href={fullView} target="_blank" rel="noopener">
            <UiText language={language} text={strings.openFullView} />
            <span className="visually-hidden">
              {' '}
              <UiText language={language} text={messages(language).ui.opensInNewTab} />
            </span>
          </a>
        </p>
      </main>
    </PeopleDirectoryContext>
  )
}
