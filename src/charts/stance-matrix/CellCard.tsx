import type { RefObject } from 'react'
import type { Dataset } from '../../data/indexDataset.ts'
import { type Language, textDirection, textIn } from '../../data/languages.ts'
import type { StanceCell } from '../../model/stanceCell.ts'
import type { CellRef } from '../../state/uiStore.ts'
import { messages } from '../../ui/strings.ts'
import { PersonLink } from '../PersonLink.tsx'
import { QuoteTranslation } from '../QuoteTranslation.tsx'
import { SourceList } from '../SourceList.tsx'
import { STANCE_GLYPHS } from '../stancePalette.ts'
import { UiText } from '../UiText.tsx'
import { cardSourceIds } from './cardSourceIds.ts'
import '../SourceList.css'
import './CellCard.css'

type Props = {
  dataset: Dataset
  language: Language
  cellRef: CellRef
  cell: StanceCell
  pinned: boolean
  closeRef: RefObject<HTMLButtonElement | null>
  onClose: () => void
}

/**
 * The detail card of one cell: position, how we know, when it was last reported if carried, the
 * summary, quotes and sources (of the report shown). All text is text.
 */
export function CellCard({ dataset, language, cellRef, cell, pinned, closeRef, onClose }: Props) {
  const strings = messages(language).ui
  const { quoteOpen, quoteClose } = messages(language).punctuation
  const party = dataset.partyById.get(cellRef.party)
  const measure = dataset.measureById.get(cellRef.measure)
  const stance = cell.kind === 'stance' ? cell.stance : null
  const carriedFrom =
    cell.kind === 'stance' && cell.carried ? dataset.phaseById.get(stance?.phase ?? '') : undefined
  const proposedAt = measure
    ? dataset.phaseById.get(measure.proposedAt)?.label[language]
    : undefined
  return (
    <article className="cell-card" aria-labelledby="cell-card-title">
      <header className="cell-card-header">
        <h3 id="cell-card-title">
          {party?.shortName} · {measure?.title[language]}
        </h3>
        {pinned && (
          <button type="button" ref={closeRef} className="cell-card-close" onClick={onClose}>
            <UiText language={language} text={strings.close} />
          </button>
        )}
      </header>
      {cell.kind === 'not-on-table' ? (
        <p className="cell-card-position">
          <UiText language={language} text={strings.notOnTable} />
          {proposedAt ? ` (${proposedAt})` : ''}
        </p>
      ) : (
        <p className={`cell-card-position pos-text-${cell.value}`}>
          <span className="cell-card-glyph" aria-hidden="true">
            {STANCE_GLYPHS[cell.value]}
          </span>{' '}
          <strong>
            <UiText language={language} text={messages(language).positions[cell.value]} />
          </strong>
          {stance?.confidence && (
            <span className="cell-card-confidence">
              {' '}
              ·{' '}
              <UiText language={language} text={messages(language).confidence[stance.confidence]} />
            </span>
          )}
        </p>
      )}
      {carriedFrom && (
        <p className="cell-card-carried">
          <strong>
            <UiText
              language={language}
              text={messages(language).changes.cardCarried}
              values={{
                phase: textIn(carriedFrom.label, language),
              }}
            />
          </strong>{' '}
          <UiText language={language} text={messages(language).changes.cardCarriedNote} />
        </p>
      )}
      {measure && <p className="cell-card-explanation">{measure.explanation[language]}</p>}
      {cell.kind === 'stance' && <p>{stance ? stance.summary[language] : strings.noRecord}</p>}
      {stance?.quotes && stance.quotes.length > 0 && (
        <>
          <h4>
            <UiText language={language} text={strings.quotes} />
          </h4>
          <ul className="cell-card-quotes">
            {stance.quotes.map((quote) => (
              <li key={quote.text}>
                <blockquote lang={quote.language} dir={textDirection(quote.language)}>
                  {quoteOpen}
                  {quote.text}
                  {quoteClose}
                </blockquote>
                <QuoteTranslation quote={quote} language={language} />
                <span className="quote-speaker">
                  — <PersonLink dataset={dataset} personId={quote.speaker} />
                  {/* Every quote names its own source, which the stance's list may not hold. */}
                  {dataset.sourceById.get(quote.source) && (
                    <span className="quote-source">
                      {', '}
                      <a
                        href={dataset.sourceById.get(quote.source)?.url}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
                        {dataset.sourceById.get(quote.source)?.outlet}
                        <span className="visually-hidden">
                          {' '}
                          <UiText language={language} text={strings.opensInNewTab} />
                        </span>
                      </a>
                    </span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {stance && cardSourceIds(stance).length > 0 && (
        <>
          <h4>
            <UiText language={language} text={strings.sources} />
          </h4>
          <SourceList
            dataset={dataset}
            language={language}
            ids={cardSourceIds(stance)}
            newTab={strings.opensInNewTab}
          />
        </>
      )}
    </article>
  )
}
