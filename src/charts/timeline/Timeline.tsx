import { type KeyboardEvent, useRef } from 'react'
import { handleListKey } from '../listFocus.ts'
import type { TimelineLayout } from './layout.ts'
import './Timeline.css'

type Props = {
  layout: TimelineLayout
  titleId: string
  summaryId: string
  selectedEvent: string | null
  focusIndex: number
  eventName: (eventId: string) => string
  bandLabel: (phaseId: string, aftermath: boolean) => string
  onFocusIndex: (index: number) => void
  onSelect: (eventId: string) => void
}

/** Draws the timeline strip: phase bands, a broken time axis and one dot per event (one tab stop). */
export function Timeline(props: Props) {
  const { layout, focusIndex } = props
  const svgRef = useRef<SVGSVGElement>(null)
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) =>
    handleListKey(event, {
      index: focusIndex,
      count: layout.dots.length,
      focusAt: (next) => {
        props.onFocusIndex(next)
        svgRef.current
          ?.querySelector<SVGGElement>(`[data-event="${layout.dots[next]?.eventId}"]`)
          ?.focus()
      },
      activate: (index) => {
        const dot = layout.dots[index]
        if (dot) props.onSelect(dot.eventId)
      },
    })

  return (
    <svg
      ref={svgRef}
      className="timeline"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      // Time runs left to right on every page, right-to-left ones too: the axis is a number line
      // of dates, and the help above it says "on the left the run-up" in every catalogue. Its
      // labels are anchored left to right to match (a Hebrew word still reads right to left).
      direction="ltr"
      role="group"
      aria-labelledby={props.titleId}
      aria-describedby={props.summaryId}
      onKeyDown={onKeyDown}
    >
      {/* Bands, axis and ticks are the picture of time: the summary says the span and each
          event's name its date, so a screen reader meets the events first, not 13 loose labels. */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group, never focusable */}
      <g aria-hidden="true">
        {layout.bands.map((band, i) => (
          <g
            key={`${band.phaseId}-${band.aftermath}`}
            className={`timeline-band${i % 2 ? ' is-odd' : ''}${band.aftermath ? ' is-aftermath' : ''}`}
          >
            <rect x={band.x0} y={0} width={Math.max(0, band.x1 - band.x0)} height={layout.axisY} />
            {band.x1 - band.x0 > props.bandLabel(band.phaseId, band.aftermath).length * 6.5 + 8 && (
              <text className="timeline-band-label" x={band.x0 + 4} y={12}>
                {props.bandLabel(band.phaseId, band.aftermath)}
              </text>
            )}
          </g>
        ))}
        <line
          className="timeline-axis"
          x1={0}
          x2={layout.width}
          y1={layout.axisY}
          y2={layout.axisY}
        />
        {layout.breaks.map((breakX) => (
          <g key={breakX} className="timeline-break">
            <rect x={breakX + 4} y={layout.axisY - 6} width={16} height={12} />
            <line x1={breakX + 6} x2={breakX + 10} y1={layout.axisY + 6} y2={layout.axisY - 6} />
            <line x1={breakX + 14} x2={breakX + 18} y1={layout.axisY + 6} y2={layout.axisY - 6} />
          </g>
        ))}
        {layout.ticks.map((tick) => (
          <g key={`${tick.segment}-${tick.moment}`} className="timeline-tick">
            <line x1={tick.x} x2={tick.x} y1={layout.axisY} y2={layout.axisY + 5} />
            <text x={tick.x} y={layout.axisY + 18}>
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      {layout.dots.map((dot, i) => (
        <g
          key={dot.eventId}
          role="button"
          data-event={dot.eventId}
          tabIndex={i === focusIndex ? 0 : -1}
          aria-label={props.eventName(dot.eventId)}
          aria-pressed={props.selectedEvent === dot.eventId}
          className={`timeline-dot${props.selectedEvent === dot.eventId ? ' is-selected' : ''}`}
          onClick={() => props.onSelect(dot.eventId)}
          onFocus={() => props.onFocusIndex(i)}
        >
          <circle className="dot-ring" cx={dot.x} cy={dot.y} r={9} />
          <circle className="dot-mark" cx={dot.x} cy={dot.y} r={5} />
        </g>
      ))}
    </svg>
  )
}
