import { memo } from 'react'
import { UiText } from '../charts/UiText.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import { keyFigures } from '../model/keyFigures.ts'
import { useUiStore } from '../state/uiStore.ts'
import { formatNumber } from '../ui/format.ts'
import { messages } from '../ui/strings.ts'
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
            <UiText
              language={language}
              text={strings.keyCoalitionSeats}
              values={{
                chamber: dataset.chambers.find((ch) => ch.id === c.chamberId)?.name[language] ?? '',
              }}
            />
          </dt>
          <dd>
            <span className="key-number">
              {formatNumber(c.seats, language)}/{formatNumber(c.total, language)}
            </span>{' '}
            <span className="key-note">
              <UiText
                language={language}
                text={strings.keyThreshold}
                values={{ threshold: c.threshold }}
              />
            </span>
          </dd>
        </div>
      ))}
      <div>
        <dt>
          <UiText language={language} text={strings.keyMeasuresInDispute} />
        </dt>
        <dd>
          <span className="key-number">{formatNumber(figures.measuresInDispute, language)}</span>{' '}
          <span className="key-note">
            <UiText
              language={language}
              text={strings.keyMeasuresOf}
              values={{ total: figures.measures }}
            />
          </span>
        </dd>
      </div>
      {dataset.meta.outcome && (
        <div className="key-outcome">
          <dt>
            <UiText language={language} text={strings.keyOutcome} />
          </dt>
          <dd>{dataset.meta.outcome[language]}</dd>
        </div>
      )}
    </dl>
  )
})
