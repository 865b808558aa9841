import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import { formatDate } from '../ui/format.ts'

type SourceListProps = {
  dataset: Dataset
  language: Language
  ids: readonly string[]
  newTab: string
}

/** Sources as links: outlet, headline, date; opening in a new tab without handing it our window. */
export function SourceList({ dataset, language, ids, newTab }: SourceListProps) {
  return (
    <ul className="source-list">
      {ids.map((id) => {
        const source = dataset.sourceById.get(id)
        if (!source) return null
        return (
          <li key={id}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              <span className="source-outlet">{source.outlet}</span>
              {source.title && (
                <>
                  : <span lang={source.language}>{source.title}</span>
                </>
              )}
              <span className="visually-hidden"> {newTab}</span>
            </a>{' '}
            <span className="source-date">({formatDate(source.date, language)})</span>
          </li>
        )
      })}
    </ul>
  )
}
