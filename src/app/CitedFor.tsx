import { useState } from 'react'
import { personAnchor } from '../charts/PersonLink.tsx'
import { UiText } from '../charts/UiText.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import type { Citation } from '../data/sourceCitations.ts'
import { citationKey } from '../model/citedFor.ts'
import { chromeMark } from '../ui/chromeLanguage.ts'
import { messages } from '../ui/strings.ts'
import { citationLabel } from './citationLabel.ts'
import { citationAction, showCitation } from './showCitation.ts'
import '../charts/panel.css'
import './CitedFor.css'

/** A long list shows this many items, and the rest behind a "more" toggle. */
const FIRST = 5
/** At most this many behind the toggle: a synthetic source cited by 10 000 stances stays light. */
const MORE = 200

type Props = { dataset: Dataset; language: Language; citations: readonly Citation[] }

/** What one source is cited for, each item a button that shows it in the graphic. */
export function CitedFor({ dataset, language, citations }: Props) {
  const strings = messages(language).sections
  // The rest is drawn only once opened: most readers never open it, and it can be long.
  const [open, setOpen] = useState(false)
  const cut = citations.length > FIRST + 1 ? FIRST : citations.length
  const rest = citations.slice(cut)
  const item = (citation: Citation) => (
    <li key={citationKey(citation)}>
      <CitedItem dataset={dataset} language={language} citation={citation} />
    </li>
  )
  return (
    <div className="cited-for">
      <span className="cited-for-label">
        <UiText language={language} text={strings.citedFor} />
      </span>{' '}
      <ul className="cited-list">{citations.slice(0, cut).map(item)}</ul>
      {rest.length > 0 && (
        <details className="cited-more" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>
            <UiText language={language} text={strings.citedMore} values={{ count: rest.length }} />
          </summary>
          {open && <ul className="cited-list">{rest.slice(0, MORE).map(item)}</ul>}
          {open && rest.length > MORE && (
            <p>
              <UiText
                language={language}
                text={strings.citedNotListed}
                values={{ count: rest.length - MORE }}
              />
            </p>
          )}
        </details>
      )}
    </div>
  )
}

function CitedItem({
  dataset,
  language,
  citation,
}: Omit<Props, 'citations'> & { citation: Citation }) {
  const label = citationLabel(dataset, language, citation)
  if (citation.kind === 'person')
    return (
      <a className="cited-link" href={`#${personAnchor(citation.person)}`}>
        {label}
      </a>
    )
  const action = citationAction(dataset, citation)
  // A stance's or measure's label is the interface's words around the dataset's names; an
  // event's is the dataset's own (its date and title).
  const chrome = citation.kind === 'event' ? {} : chromeMark(language)
  if (!action) return <span {...chrome}>{label}</span>
  return (
    <button
      type="button"
      {...chrome}
      className="link-button cited-link"
      data-cited={citationKey(citation)}
      onClick={() => showCitation(action)}
    >
      {label}
    </button>
  )
}
