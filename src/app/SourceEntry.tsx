import { sourceLinkText } from '../charts/sourceLinkText.ts'
import { UiText } from '../charts/UiText.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import { type Language, textDirection } from '../data/languages.ts'
import type { RawSource } from '../data/schema.ts'
import type { Citation } from '../data/sourceCitations.ts'
import { formatDate } from '../ui/format.ts'
import { messages } from '../ui/strings.ts'
import { CitedFor } from './CitedFor.tsx'
import '../charts/SourceList.css'
import './SourcesSection.css'

type Props = {
  dataset: Dataset
  language: Language
  source: RawSource
  citations: readonly Citation[]
  /** False under an outlet's heading, where the outlet is already said. */
  withOutlet: boolean
}

/** One source: its headline (or description) as the link, outlet and date, what it is cited for. */
export function SourceEntry({ dataset, language, source, citations, withOutlet }: Props) {
  const strings = messages(language).ui
  const { text, lang } = sourceLinkText(source, language, strings.untitledSource)
  return (
    <li className="source-entry">
      {/* Opens in a new tab without handing it our window. */}
      <a
        href={source.url}
        target="_blank"
        rel="noopener noreferrer"
        lang={lang}
        dir={lang && textDirection(lang)}
      >
        {text}
        <span className="visually-hidden" lang={language}>
          {' '}
          <UiText language={language} text={strings.opensInNewTab} />
        </span>
      </a>{' '}
      <span className="source-date">
        ({withOutlet && `${source.outlet}, `}
        {formatDate(source.date, language)})
      </span>
      <CitedFor dataset={dataset} language={language} citations={citations} />
    </li>
  )
}
