import { scaleLinear } from 'd3-scale'
import { timeTicks } from 'd3-time'
import type { RawEvent, RawPhase } from '../../data/schema.ts'
import { estimateTextWidth } from '../textWidth.ts'

/** Sizes the timeline is drawn at (px). */
export const TIMELINE_SIZES = {
  minGap: 16,
  lane: 18,
  axis: 30,
  bandLabel: 18,
  breakGap: 24,
  tickClearance: 28,
  tickFont: 12,
  tickGap: 8,
} as const

/** How much of the width each part of the broken axis gets: run-up, crisis days, aftermath. */
export const SEGMENT_SHARES = { runUp: 0.24, crisis: 0.56, aftermath: 0.2 } as const

/** A moment as a number: events and phases are local dates and times, compared as if UTC. */
export function momentOf(date: string, time?: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number)
  const [hh = 12, mm = 0] = time ? time.split(':').map(Number) : []
  return Date.UTC(y, m - 1, d, hh, mm)
}

export type TimelineDot = { eventId: string; x: number; y: number; lane: number; phaseId: string }
export type TimelineBand = { phaseId: string; x0: number; x1: number; aftermath: boolean }
export type TimelineTick = { x: number; moment: number; segment: number; label: string }
export type SegmentKind = 'run-up' | 'crisis' | 'aftermath'
/** Writes a tick's label: months in the run-up, days elsewhere (the caller knows the language). */
export type TickLabel = (moment: number, kind: SegmentKind) => string
export type TimelineLayout = {
  width: number
  height: number
  axisY: number
  dots: TimelineDot[]
  bands: TimelineBand[]
  ticks: TimelineTick[]
  /** Where the axis is broken (x of each break). */
  breaks: number[]
  /** Which segment is the run-up (ticks there are months, elsewhere days). */
  segments: SegmentKind[]
}

const DAY = 24 * 60 * 60 * 1000

type Segment = { kind: SegmentKind; from: number; to: number; share: number }

/** Until a language is known: the ISO date, or its month in the run-up. */
const isoLabel: TickLabel = (moment, kind) =>
  new Date(moment).toISOString().slice(0, kind === 'run-up' ? 7 : 10)

/**
 * A broken time axis: the run-up (first phase) and the aftermath squeezed, the crisis days
 * (second phase to the end of the last) stretched, so dense evenings do not overlap. Dots that
 * would still touch are stacked in lanes. Tick labels are distinct and never overlap at any
 * width (their widths are estimated). Pure and deterministic.
 */
export function timelineLayout(
  events: readonly RawEvent[],
  phases: readonly RawPhase[],
  width: number,
  tickLabel: TickLabel = isoLabel,
): TimelineLayout {
  const { minGap, lane, axis, bandLabel, breakGap, tickClearance } = TIMELINE_SIZES
  const sorted = [...events].sort((a, b) => momentOf(a.date, a.time) - momentOf(b.date, b.time))
  const first = Math.min(
    ...sorted.map((e) => momentOf(e.date, '00:00')),
    ...phases.map((p) => momentOf(p.from ?? p.date, '00:00')),
  )
  const lastPhase = phases.at(-1)
  const crisisEnd = lastPhase ? momentOf(lastPhase.date, '00:00') + DAY : first + DAY
  const last = Math.max(crisisEnd, ...sorted.map((e) => momentOf(e.date, '00:00') + DAY))
  const second = phases[1]
  const crisisStart = second ? momentOf(second.from ?? second.date, '00:00') : first

  const parts: Segment[] = [
    ...(crisisStart > first
      ? [{ kind: 'run-up' as const, from: first, to: crisisStart, share: SEGMENT_SHARES.runUp }]
      : []),
    { kind: 'crisis', from: crisisStart, to: crisisEnd, share: SEGMENT_SHARES.crisis },
    ...(last > crisisEnd
      ? [{ kind: 'aftermath' as const, from: crisisEnd, to: last, share: SEGMENT_SHARES.aftermath }]
      : []),
  ]
  const totalShare = parts.reduce((sum, part) => sum + part.share, 0)
  const usable = width - 16 - breakGap * (parts.length - 1)
  let left = 8
  const scales = parts.map((part) => {
    const span = (usable * part.share) / totalShare
    // Linear in milliseconds, with calendar ticks from d3-time: what scaleTime does, without
    // scaleTime's date formatting (d3-time-format), which the page never uses.
    const scale = scaleLinear()
      .domain([part.from, part.to])
      .range([left, left + span])
    left += span + breakGap
    return scale
  })
  const segmentOf = (moment: number) => {
    const index = parts.findIndex((part) => moment < part.to)
    return index === -1 ? parts.length - 1 : index
  }
  const x = (moment: number) => scales[segmentOf(moment)]?.(moment) ?? 0

  const laneEnds: number[] = []
  const placed = sorted.map((event) => {
    const at = x(momentOf(event.date, event.time))
    let index = laneEnds.findIndex((end) => at - end >= minGap)
    if (index === -1) index = laneEnds.length
    laneEnds[index] = at
    return { event, at, lane: index }
  })
  const axisY = bandLabel + Math.max(1, laneEnds.length) * lane + 8
  const dots = placed.map(({ event, at, lane: l }) => ({
    eventId: event.id,
    x: at,
    y: axisY - 10 - l * lane,
    lane: l,
    phaseId: event.phase,
  }))

  const bands = phases.map((phase, i) => {
    const next = phases[i + 1]
    const start = momentOf(phase.from ?? phase.date, '00:00')
    const end = next ? momentOf(next.from ?? next.date, '00:00') : crisisEnd
    return { phaseId: phase.id, x0: x(start), x1: x(end - 1), aftermath: false }
  })
  if (lastPhase && last > crisisEnd)
    bands.push({ phaseId: lastPhase.id, x0: x(crisisEnd), x1: x(last - 1), aftermath: true })

  const candidates = scales.flatMap((scale, segment) => {
    const [x0, x1] = scale.range() as [number, number]
    const kind = parts[segment]?.kind ?? 'crisis'
    const count = kind === 'run-up' ? 3 : kind === 'aftermath' ? 2 : 4
    const [from = 0, to = 0] = scale.domain()
    return (
      timeTicks(new Date(from), new Date(to), count)
        .map((tick) => ({
          x: scale(tick.getTime()),
          moment: tick.getTime(),
          segment,
          label: tickLabel(tick.getTime(), kind),
        }))
        // Labels too close to a break would collide with the next segment's first label.
        .filter((tick) => tick.x - x0 >= tickClearance / 2 && x1 - tick.x >= tickClearance)
    )
  })
  return {
    width,
    height: axisY + axis,
    axisY,
    dots,
    bands,
    ticks: spacedTicks(candidates, width),
    breaks: scales.slice(1).map((scale) => (scale.range()[0] ?? 0) - breakGap),
    segments: parts.map((part) => part.kind),
  }
}

/**
 * Keeps, left to right, each tick whose label is new and whose label box (centred on the tick,
 * width estimated with a margin) starts a gap after the last kept one and stays inside.
 */
function spacedTicks(ticks: readonly TimelineTick[], width: number): TimelineTick[] {
  const { tickFont, tickGap } = TIMELINE_SIZES
  const kept: TimelineTick[] = []
  let lastRight = Number.NEGATIVE_INFINITY
  for (const tick of ticks) {
    // Estimates run narrow on wide fonts (DejaVu's digits): 15 % more, to be safe.
    const half = (estimateTextWidth(tick.label, tickFont) * 1.15) / 2
    const seen = kept.some((k) => k.label === tick.label)
    if (seen || tick.x - half < Math.max(0, lastRight + tickGap) || tick.x + half > width) continue
    kept.push(tick)
    lastRight = tick.x + half
  }
  return kept
}
