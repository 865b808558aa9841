import { useEffect, useRef } from 'react'
import { UiText } from '../charts/UiText.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import { type Language, textDirection } from '../data/languages.ts'
import { setPhase } from '../state/uiStore.ts'
import { formatDate } from '../ui/format.ts'
import { messages } from '../ui/strings.ts'
import './PhaseControl.css'

type Props = { dataset: Dataset; language: Language; phase: string }

/** The shared phase stepper: native radio buttons (labelled stops) plus previous/next. */
export function PhaseControl({ dataset, language, phase }: Props) {
  const strings = messages(language).ui
  const index = dataset.phaseIndex.get(phase) ?? 0
  const previous = dataset.phases[index - 1]
  const next = dataset.phases[index + 1]
  // The arrows point the way the page reads: right to left, "next" points left.
  const [back, forth] = textDirection(language) === 'rtl' ? ['→', '←'] : ['←', '→']
  const stopsRef = useRef<HTMLDivElement>(null)
  // On a phone the stops scroll sideways: keep the current one in view, without moving the page.
  // Whether they overflow is read when their size changes (layout is fresh then), so a phase
  // change on a wide screen forces no layout of the page.
  const overflowing = useRef(false)
  useEffect(() => {
    const stops = stopsRef.current
    if (!stops) return
    const observer = new ResizeObserver(() => {
      overflowing.current = stops.scrollWidth > stops.clientWidth
      if (overflowing.current) keepCurrentStopInView(stops)
    })
    observer.observe(stops)
    return () => observer.disconnect()
  }, [])
  useEffect(() => {
    if (overflowing.current && stopsRef.current && phase) keepCurrentStopInView(stopsRef.current)
  }, [phase])
  return (
    <fieldset className="phase-control">
      <legend>
        <UiText language={language} text={strings.phase} />
      </legend>
      {/* aria-disabled, not disabled, at either end: a disabled button drops the focus to the
          page (WCAG 2.4.3), and a reader pressing it again hears that it is unavailable. */}
      <button
        type="button"
        className="phase-step"
        aria-disabled={!previous}
        onClick={() => previous && setPhase(previous.id)}
      >
        <span aria-hidden="true">{back}</span>
        <span className="visually-hidden">
          <UiText language={language} text={strings.previousPhase} />
        </span>
      </button>
      <div className="phase-stops" ref={stopsRef}>
        {dataset.phases.map((p) => (
          <label key={p.id} className={`phase-stop${p.id === phase ? ' is-current' : ''}`}>
            <input
              type="radio"
              name="phase"
              value={p.id}
              checked={p.id === phase}
              onChange={() => setPhase(p.id)}
            />
            <span className="phase-stop-label">{p.label[language]}</span>
            <span className="phase-stop-date">
              {p.from ? `${formatDate(p.from, language)} – ` : ''}
              {formatDate(p.date, language)}
            </span>
          </label>
        ))}
      </div>
      <button
        type="button"
        className="phase-step"
        aria-disabled={!next}
        onClick={() => next && setPhase(next.id)}
      >
        <span aria-hidden="true">{forth}</span>
        <span className="visually-hidden">
          <UiText language={language} text={strings.nextPhase} />
        </span>
      </button>
    </fieldset>
  )
}

/** Scrolls the stops sideways so the current one and its focus ring are in view, centred if they were not. */
function keepCurrentStopInView(stops: HTMLElement): void {
  const current = stops.querySelector<HTMLElement>('.phase-stop.is-current')
  if (!current) return
  const box = stops.getBoundingClientRect()
  const stop = current.getBoundingClientRect()
  // The ring reaches 5 px around a stop (PhaseControl.css); the scroller's padding holds it.
  const ring = 5
  if (stop.left - ring < box.left || stop.right + ring > box.right)
    stops.scrollLeft += stop.left + stop.width / 2 - (box.left + box.width / 2)
}
