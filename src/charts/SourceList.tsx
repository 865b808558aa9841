import type { Dataset } from '../data/indexDataset.ts'
import { type Language, textDirection } from '../data/languages.ts'
import { formatDate } from '../ui/format.ts'
import { messages } from '../ui/strings.ts'
import { sourceLinkText } from './sourceLinkText.ts'
import { UiText } from './UiText.tsx'
import './SourceList.css'

type SourceListProps = {
  dataset: Dataset
  language: Language
  ids: readonly string[]
  newTab: string
}

/** Sources as links: the headline (or description) as the link, outlet and date beside it. */
export function SourceList({ dataset, language, ids, newTab }: SourceListProps) {
  return (
    <ul className="source-list">
      {ids.map((id) => {
        const source = dataset.sourceById.get(id)
        if (!source) return null
        const { text, lang } = sourceLinkText(
          source,
          language,
          messages(language).ui.untitledSource,
        )
        return (
          <li key={id}>
            {/* Opens in a new tab without handing it our window. */}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              <span lang={lang} dir={lang && textDirection(lang)}>
                {text}
              </span>
              <span className="visually-hidden">
                {' '}
                <UiText language={language} text={newTab} />
              </span>
            </a>{' '}
            <span className="source-date">
              ({source.outlet}, {formatDate(source.date, language)})
            </span>
          </li>
        )
      })}
    </ul>
  )
}
