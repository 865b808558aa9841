import { memo } from 'react'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import { keyFigures } from '../model/keyFigures.ts'
import { useUiStore } from '../state/uiStore.ts'
import { formatNumber } from '../ui/format.ts'
import { fill, messages } from '../ui/strings.ts'
import './KeyFigures.css'

/** The header's key figures, computed from the dataset: coalition seats, measures in dispute, outcome. */
// Memoised: a change of phase or selection re-renders the page, and this part does not depend on it
// (it reads only the stance rule from the store).
export const KeyFigures = memo(function KeyFigures({
  dataset,
  language,
}: {
  dataset: Dataset
  language: Language
}) {
  const strings = messages(language).ui
  const rule = useUiStore((s) => s.stanceRule)
  const figures = keyFigures(dataset, rule)
  return (
    <dl className="key-figures">
      {figures.coalition.map((c) => (
        <div key={c.chamberId} className={c.majority ? 'has-majority' : 'no-majority'}>
          <dt>
            {fill(
              strings.keyCoalitionSeats,
              {
                chamber: dataset.chambers.find((ch) => ch.id === c.chamberId)?.name[language] ?? '',
              },
              language,
            )}
          </dt>
          <dd>
            <span className="key-number">
              {formatNumber(c.seats, language)}/{formatNumber(c.total, language)}
            </span>{' '}
            <span className="key-note">
              {fill(strings.keyThreshold, { threshold: c.threshold }, language)}
            </span>
          </dd>
        </div>
      ))}
      <div>
        <dt>{strings.keyMeasuresInDispute}</dt>
        <dd>
          <span className="key-number">{formatNumber(figures.measuresInDispute, language)}</span>{' '}
          <span className="key-note">
            {fill(strings.keyMeasuresOf, { total: figures.measures }, language)}
          </span>
        </dd>
      </div>
      {dataset.meta.outcome && (
        <div className="key-outcome">
          <dt>{strings.keyOutcome}</dt>
          <dd>{dataset.meta.outcome[language]}</dd>
        </div>
      )}
    </dl>
  )
})
