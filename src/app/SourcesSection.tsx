import { memo, useMemo } from 'react'
import { UiText } from '../charts/UiText.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import type { RawSource } from '../data/schema.ts'
import { citedFor } from '../model/citedFor.ts'
import { useUiStore } from '../state/uiStore.ts'
import { messages } from '../ui/strings.ts'
import { SourceEntry } from './SourceEntry.tsx'
import { SourceOrderSwitch } from './SourceOrderSwitch.tsx'
import '../charts/panel.css'
import '../charts/SourceList.css'
import './SourcesSection.css'

type Props = { dataset: Dataset; language: Language }

/** Newest first; a month-only date sorts after the days of its month. */
const byDate = (a: RawSource, b: RawSource) =>
  b.date.localeCompare(a.date) || a.outlet.localeCompare(b.outlet)

/** Every source the dataset cites, by outlet or by date, each with what it is cited for. */
// Memoised: a change of phase or selection re-renders the page, and this part does not depend on it.
export const SourcesSection = memo(function SourcesSection({ dataset, language }: Props) {
  const strings = messages(language).sections
  const order = useUiStore((s) => s.sourceOrder)
  const cited = useMemo(() => citedFor(dataset), [dataset])
  const entry = (source: RawSource, withOutlet: boolean) => (
    <SourceEntry
      key={source.id}
      dataset={dataset}
      language={language}
      source={source}
      citations={cited.get(source.id) ?? []}
      withOutlet={withOutlet}
    />
  )
  const outlets = [...new Set(dataset.sources.map((s) => s.outlet))].sort((a, b) =>
    a.localeCompare(b, language),
  )
  return (
    <section className="panel sources" aria-labelledby="sources-title">
      <h2 id="sources-title">
        <UiText language={language} text={strings.sourcesTitle} />
      </h2>
      <p>
        <UiText
          language={language}
          text={strings.sourcesIntro}
          values={{ count: dataset.sources.length }}
        />
      </p>
      <SourceOrderSwitch language={language} order={order} />
      {order === 'date' ? (
        <ul className="source-list sources-by-date">
          {[...dataset.sources].sort(byDate).map((source) => entry(source, true))}
        </ul>
      ) : (
        <div className="sources-groups">
          {outlets.map((outlet) => (
            <div key={outlet} className="sources-group">
              <h3>{outlet}</h3>
              <ul className="source-list">
                {dataset.sources
                  .filter((s) => s.outlet === outlet)
                  .sort(byDate)
                  .map((source) => entry(source, false))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  )
})
