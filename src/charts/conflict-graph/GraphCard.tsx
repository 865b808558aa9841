import type { RefObject } from 'react'
import type { Dataset } from '../../data/indexDataset.ts'
import { type Language, textDirection } from '../../data/languages.ts'
import type { StanceRule } from '../../data/vocabularies.ts'
import type { ConflictModel } from '../../model/conflictModel.ts'
import { pairDifferences, sharpestConflicts } from '../../model/pairDifferences.ts'
import { formatDate } from '../../ui/format.ts'
import { messages } from '../../ui/strings.ts'
import { PersonLink } from '../PersonLink.tsx'
import { QuoteTranslation } from '../QuoteTranslation.tsx'
import { SourceList } from '../SourceList.tsx'
import { STANCE_GLYPHS } from '../stancePalette.ts'
import { UiText } from '../UiText.tsx'
import { agreementLevel, formatDistance } from './describeGraph.ts'
import type { GraphItem } from './graphItems.ts'
import '../stance-matrix/CellCard.css'
import './GraphCard.css'

type Props = {
  dataset: Dataset
  language: Language
  model: ConflictModel
  item: GraphItem
  phase: string
  measureIds: readonly string[]
  rule: StanceRule
  pinned: boolean
  closeRef: RefObject<HTMLButtonElement | null>
  onClose: () => void
}

/** The detail card of a party, a pair or a relation in the graph. All dataset text is text. */
export function GraphCard(props: Props) {
  const strings = messages(props.language).ui
  return (
    <article className="cell-card" aria-labelledby="graph-card-title">
      <header className="cell-card-header">
        <h3 id="graph-card-title">{title(props)}</h3>
        {props.pinned && (
          <button
            type="button"
            ref={props.closeRef}
            className="cell-card-close"
            onClick={props.onClose}
          >
            <UiText language={props.language} text={strings.close} />
          </button>
        )}
      </header>
      <Body {...props} />
    </article>
  )
}

function title({ dataset, language, model, item }: Props): string {
  const short = (id: string) => dataset.partyById.get(id)?.shortName ?? id
  if (item.kind === 'node')
    return dataset.partyById.get(item.partyId)?.name[language] ?? item.partyId
  if (item.kind === 'pair') {
    const pair = model.pairs[item.index]
    return pair ? `${short(pair.a)} · ${short(pair.b)}` : ''
  }
  const relation = model.relations[item.index]
  return relation ? `${short(relation.from)} → ${short(relation.to)}` : ''
}

function Body({ dataset, language, model, item, phase, measureIds, rule }: Props) {
  const strings = messages(language).sections
  const { colon, quoteOpen, quoteClose } = messages(language).punctuation
  const short = (id: string) => dataset.partyById.get(id)?.shortName ?? id
  const person = (id: string | null) => (id ? (dataset.personById.get(id)?.name ?? id) : null)
  if (item.kind === 'node') {
    const party = dataset.partyById.get(item.partyId)
    if (!party) return null
    const conflicts = sharpestConflicts(model, party.id)
    return (
      <>
        <p>
          <UiText language={language} text={messages(language).sides[party.side]} /> ·{' '}
          {dataset.chambers
            .map((c) => `${c.name[language]}${colon}${party.seats[c.id] ?? 0}`)
            .join(' · ')}
        </p>
        {person(party.leader) && (
          <p>
            <UiText language={language} text={strings.leader} />
            {colon}
            {person(party.leader)}
          </p>
        )}
        {person(party.chair) && (
          <p>
            <UiText language={language} text={strings.chair} />
            {colon}
            {person(party.chair)}
          </p>
        )}
        {party.note && <p className="cell-card-explanation">{party.note[language]}</p>}
        {conflicts.length > 0 && (
          <>
            <h4>
              <UiText language={language} text={strings.sharpest} />
            </h4>
            <ul>
              {conflicts.map((c) => {
                const other = c.a === party.id ? c.b : c.a
                const value = c.disagreement.value ?? 0
                return (
                  <li key={other}>
                    {short(other)}
                    {colon}
                    {agreementLevel(value, language)} (
                    <UiText
                      language={language}
                      text={strings.distance}
                      values={{ value: formatDistance(value, language) }}
                    />
                    )
                  </li>
                )
              })}
            </ul>
          </>
        )}
      </>
    )
  }
  if (item.kind === 'pair') {
    const pair = model.pairs[item.index]
    if (!pair) return null
    const value = pair.disagreement.value ?? 0
    const differences = pairDifferences(dataset, pair.a, pair.b, phase, measureIds, rule)
    const sources = [...new Set(differences.flatMap((d) => d.sources))]
    return (
      <>
        <p>
          <strong>{agreementLevel(value, language)}</strong> ·{' '}
          <UiText
            language={language}
            text={strings.distance}
            values={{ value: formatDistance(value, language) }}
          />
        </p>
        <h4>
          <UiText language={language} text={strings.differsMost} />
        </h4>
        <ul className="pair-differences">
          {differences.map((d) => (
            <li key={d.measure.id}>
              {d.measure.title[language]}
              {colon}
              {short(pair.a)} {STANCE_GLYPHS[d.a]}{' '}
              <UiText language={language} text={messages(language).positions[d.a]} />,{' '}
              {short(pair.b)} {STANCE_GLYPHS[d.b]}{' '}
              <UiText language={language} text={messages(language).positions[d.b]} />
            </li>
          ))}
        </ul>
        <h4>
          <UiText language={language} text={messages(language).ui.sources} />
        </h4>
        <SourceList
          dataset={dataset}
          language={language}
          ids={sources}
          newTab={messages(language).ui.opensInNewTab}
        />
      </>
    )
  }
  const edge = model.relations[item.index]
  if (!edge) return null
  return (
    <ul className="relation-list">
      {edge.relations.map((r) => (
        <li key={r.id}>
          <p>
            <strong>
              <UiText language={language} text={messages(language).relations[r.kind]} />
            </strong>{' '}
            <span className="source-date">({formatDate(r.date, language)})</span>
          </p>
          <p>{r.summary[language]}</p>
          {r.quote && (
            <blockquote lang={r.quote.language} dir={textDirection(r.quote.language)}>
              {quoteOpen}
              {r.quote.text}
              {quoteClose}{' '}
              <span className="quote-speaker">
                — <PersonLink dataset={dataset} personId={r.quote.speaker} />
              </span>
            </blockquote>
          )}
          {r.quote && <QuoteTranslation quote={r.quote} language={language} />}
          <SourceList
            dataset={dataset}
            language={language}
            ids={r.sources}
            newTab={messages(language).ui.opensInNewTab}
          />
        </li>
      ))}
    </ul>
  )
}
