import { useState } from 'react'
import type { Language } from '../../data/languages.ts'
import { chromeMark } from '../../ui/chromeLanguage.ts'
import { messages } from '../../ui/strings.ts'
import { UiText } from '../UiText.tsx'
import type { ChangeTarget, DescribedChange } from './describeChanges.ts'
import './ChangesList.css'

type Props = {
  language: Language
  /** The previous phase's label; `null` at the first phase, which has nothing to compare. */
  previousLabel: string | null
  changes: readonly DescribedChange[]
  onSelect: (target: ChangeTarget) => void
}

/** Items shown before "show all": the list sits above the matrix and must not push it away. */
const FIRST_ITEMS = 4

/** What changed since the previous phase, above the matrix; each item selects its cell, measure or party. */
export function ChangesList({ language, previousLabel, changes, onSelect }: Props) {
  const strings = messages(language).changes
  const [expanded, setExpanded] = useState(false)
  if (previousLabel === null) return null
  const folded = !expanded && changes.length > FIRST_ITEMS + 1
  const shown = folded ? changes.slice(0, FIRST_ITEMS) : changes
  return (
    <section className="changes" aria-labelledby="changes-title">
      <h3 id="changes-title">
        <UiText language={language} text={strings.changesTitle} values={{ phase: previousLabel }} />
      </h3>
      {changes.length === 0 ? (
        <p>
          <UiText
            language={language}
            text={strings.changesNone}
            values={{ phase: previousLabel }}
          />
        </p>
      ) : (
        <ul className="changes-list">
          {shown.map((change) => (
            <li key={change.text}>
              <button
                type="button"
                className="change-item"
                {...chromeMark(language)}
                onClick={() => onSelect(change.target)}
              >
                {change.text}
              </button>
            </li>
          ))}
        </ul>
      )}
      {changes.length > FIRST_ITEMS + 1 && (
        <button
          type="button"
          className="changes-more"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          <UiText
            language={language}
            text={expanded ? strings.showFewer : strings.showAll}
            values={{ count: changes.length }}
          />
        </button>
      )}
    </section>
  )
}
