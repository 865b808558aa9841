import { memo, useMemo, useState } from 'react'
import { flushSync } from 'react-dom'
import type { Dataset } from '../../data/indexDataset.ts'
import type { Language } from '../../data/languages.ts'
import type { RawEvent } from '../../data/schema.ts'
import { useElementWidth } from '../../hooks/useElementWidth.ts'
import { selectEvent, useUiStore } from '../../state/uiStore.ts'
import { formatDate, localeOf } from '../../ui/format.ts'
import { messages } from '../../ui/strings.ts'
import { PersonLink } from '../PersonLink.tsx'
import { SourceList } from '../SourceList.tsx'
import { UiText } from '../UiText.tsx'
import { momentOf, timelineLayout } from './layout.ts'
import { Timeline } from './Timeline.tsx'
import '../panel.css'
import '../SourceList.css'
import './TimelinePanel.css'

type Props = { dataset: Dataset; language: Language }

/** When an event happened, written for a language: date, and time where known. */
export function eventWhen(event: Pick<RawEvent, 'date' | 'time'>, language: Language): string {
  return `${formatDate(event.date, language, true)}${event.time ? `, ${event.time}` : ''}`
}

/** The timeline container: strip, ordered list and the open event's detail. */
// Memoised: a change of phase or selection re-renders the page, and this part does not depend on it.
export const TimelinePanel = memo(function TimelinePanel({ dataset, language }: Props) {
  const strings = messages(language).sections
  const selectedEvent = useUiStore((s) => s.selectedEvent)
  const [focusIndex, setFocusIndex] = useState(0)
  const [frameRef, width] = useElementWidth<HTMLDivElement>(720)
  const layout = useMemo(() => {
    // Every language's own locale: without one, Intl writes the runtime's (US English ticks on
    // a German page, and the build's Node and the browser may not agree).
    const format = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(localeOf(language), { timeZone: 'UTC', ...options })
    const month = format({ month: 'short', year: 'numeric' })
    const day = format({ day: 'numeric', month: 'short' })
    // As wide as its frame, down to a 320 px phone's 288 (a wider strip was cut off there).
    return timelineLayout(dataset.events, dataset.phases, Math.max(240, width), (moment, kind) =>
      (kind === 'run-up' ? month : day).format(new Date(moment)),
    )
  }, [dataset, width, language])
  const ordered = useMemo(
    () => [...dataset.events].sort((a, b) => momentOf(a.date, a.time) - momentOf(b.date, b.time)),
    [dataset],
  )
  const open = dataset.events.find((e) => e.id === selectedEvent) ?? null
  const select = (id: string) => {
    const event = dataset.events.find((e) => e.id === id)
    if (event) selectEvent(selectedEvent === id ? null : event)
  }
  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">
        <UiText language={language} text={strings.timelineTitle} />
      </h2>
      <p id="timeline-summary" className="panel-intro">
        <UiText
          language={language}
          text={strings.timelineSummary}
          values={{
            events: ordered.length,
            first: ordered[0] ? formatDate(ordered[0].date, language) : '',
            last: ordered.at(-1) ? formatDate(ordered.at(-1)?.date ?? '', language) : '',
          }}
        />{' '}
        <UiText language={language} text={strings.timelineHelp} />
      </p>
      <div className="timeline-frame" ref={frameRef}>
        <Timeline
          layout={layout}
          titleId="timeline-title"
          summaryId="timeline-summary"
          selectedEvent={selectedEvent}
          focusIndex={Math.min(focusIndex, Math.max(0, layout.dots.length - 1))}
          eventName={(id) => {
            const event = dataset.events.find((e) => e.id === id)
            return event
              ? `${eventWhen(event, language)}${messages(language).punctuation.colon}${event.title[language]}`
              : id
          }}
          bandLabel={(phaseId, aftermath) =>
            aftermath
              ? strings.aftermath
              : (dataset.phaseById.get(phaseId)?.label[language] ?? phaseId)
          }
          onFocusIndex={setFocusIndex}
          onSelect={select}
        />
      </div>
      {open && (
        <article className="event-detail" aria-live="polite" aria-labelledby="event-detail-title">
          <p className="source-date">{eventWhen(open, language)}</p>
          <h3 id="event-detail-title">{open.title[language]}</h3>
          <p>{open.description[language]}</p>
          {open.people.length > 0 && (
            <p>
              <UiText language={language} text={strings.eventPeople} />:{' '}
              {open.people.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <PersonLink dataset={dataset} personId={id} />
                </span>
              ))}
            </p>
          )}
          {open.parties.length > 0 && (
            <p>
              <UiText language={language} text={strings.eventParties} />:{' '}
              {open.parties.map((id) => dataset.partyById.get(id)?.shortName ?? id).join(', ')}
            </p>
          )}
          <SourceList
            dataset={dataset}
            language={language}
            ids={open.sources}
            newTab={messages(language).ui.opensInNewTab}
          />
        </article>
      )}
      <details className="table-view">
        <summary>
          <UiText language={language} text={strings.timelineList} />
        </summary>
        <ol className="event-list">
          {ordered.map((event) => (
            <li key={event.id}>
              <button
                type="button"
                className="link-button"
                aria-pressed={selectedEvent === event.id}
                onClick={(e) => keepInView(e.currentTarget, () => select(event.id))}
              >
                <span className="source-date">{eventWhen(event, language)}</span>{' '}
                {event.title[language]}
              </button>
            </li>
          ))}
        </ol>
      </details>
    </section>
  )
})

/**
 * Runs a change that adds or removes the event's detail above `element`, then scrolls by as
 * much as `element` moved, so the button the reader pressed stays where it was (WCAG 2.4.7).
 */
function keepInView(element: HTMLElement, change: () => void): void {
  const before = element.getBoundingClientRect().top
  flushSync(change)
  window.scrollBy(0, element.getBoundingClientRect().top - before)
}
