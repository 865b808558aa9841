import { memo } from 'react'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import { formatDate } from '../ui/format.ts'
import { SECTION_STRINGS } from '../ui/sectionStrings.ts'
import { fill, STRINGS } from '../ui/strings.ts'

/** Every source the dataset cites, grouped by outlet, newest first within each. */
// Memoised: a change of phase or selection re-renders the page, and this part does not depend on it.
export const SourcesSection = memo(function SourcesSection({
  dataset,
  language,
}: {
  dataset: Dataset
  language: Language
}) {
  const strings = SECTION_STRINGS[language]
  const outlets = [...new Set(dataset.sources.map((s) => s.outlet))].sort((a, b) =>
    a.localeCompare(b, language),
  )
  return (
    <section className="panel sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{strings.sourcesTitle}</h2>
      <p>{fill(strings.sourcesIntro, { count: dataset.sources.length })}</p>
      <div className="sources-groups">
        {outlets.map((outlet) => (
          <div key={outlet} className="sources-group">
            <h3>{outlet}</h3>
            <ul className="source-list">
              {dataset.sources
                .filter((s) => s.outlet === outlet)
                .sort((a, b) => b.date.localeCompare(a.date))
                .map((source) => (
                  <li key={source.id}>
                    <a
                      href={source.url}
                      target="_blank"
                      rel="noopener noreferrer"
                      lang={source.language}
                    >
                      {source.title ?? new URL(source.url).hostname}
                      <span className="visually-hidden"> {STRINGS[language].opensInNewTab}</span>
                    </a>{' '}
                    <span className="source-date">
                      ({formatDate(source.date, language)}
                      {source.title ? '' : `, ${strings.noTitle}`})
                    </span>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  )
})
