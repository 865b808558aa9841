import { contrastRatio, type ThemeColours } from '../../data/colour.ts'
import { type Language, textDirection } from '../../data/languages.ts'
import { chromeMark, datasetMark } from '../../ui/chromeLanguage.ts'
import { PerTheme } from '../PerTheme.tsx'
import { estimateTextWidth } from '../textWidth.ts'
import type { SeatBarLayout, SeatSegment } from './seatBarLayout.ts'
import './MajorityPanel.css'

/** Height of the bar itself (px); the majority line's number sits under it. */
export const BAR_HEIGHT = 28
const LABEL_SIZE = 12

type Props = {
  bar: SeatBarLayout
  /** The page's language: right to left, the bar fills from the right, as the page reads. */
  language: Language
  threshold: number
  /** "majority: 76": the line's name. */
  thresholdName: string
  /** The bar's accessible name: what it shows, not the sentence printed under it. */
  label: string
  partyLabel: (partyId: string) => string
  partyColours: (partyId: string) => ThemeColours
  /** "VVD: 34 seats": each segment's name, so no segment is known by its colour alone. */
  segmentName: (segment: SeatSegment) => string
}

/** One chamber's seat bar: a named segment per supporting party, labelled where it fits. */
export function SeatBar({
  bar,
  language,
  threshold,
  thresholdName,
  label,
  partyLabel,
  partyColours,
  segmentName,
}: Props) {
  const direction = textDirection(language)
  // The x of a mark `width` wide that starts `x` px from the bar's start.
  const at = (x: number, width = 0) => (direction === 'rtl' ? bar.width - x - width : x)
  // The names given here are the interface's words; a segment's label is the party's name.
  const chrome = chromeMark(language).lang
  const own = datasetMark(language).lang
  return (
    <svg
      width={bar.width}
      height={BAR_HEIGHT + 18}
      direction={direction}
      role="group"
      aria-label={label}
      lang={chrome}
    >
      <rect className="seat-bar-track" x={0} y={0} width={bar.width} height={BAR_HEIGHT} />
      {bar.segments.map((s) => {
        const name = segmentName(s)
        const text = segmentText(partyLabel(s.partyId), s.seats, s.width)
        return (
          <g key={s.partyId} className="seat-segment-group" role="img" aria-label={name}>
            <title>{name}</title>
            <PerTheme colours={partyColours(s.partyId)}>
              {(fill, themeClass) => (
                <g className={themeClass}>
                  <rect
                    className="seat-segment"
                    x={at(s.x, s.width)}
                    y={0}
                    width={s.width}
                    height={BAR_HEIGHT}
                    fill={fill}
                  />
                  {text && (
                    <text
                      lang={own}
                      className="seat-segment-label"
                      x={at(s.x + 4)}
                      y={BAR_HEIGHT / 2 + 4}
                      fill={inkOn(fill)}
                    >
                      {text}
                    </text>
                  )}
                </g>
              )}
            </PerTheme>
          </g>
        )
      })}
      <g role="img" aria-label={thresholdName}>
        <line
          className="seat-threshold"
          x1={at(bar.thresholdX)}
          x2={at(bar.thresholdX)}
          y1={-2}
          y2={BAR_HEIGHT + 4}
        />
        <text className="seat-threshold-label" x={at(bar.thresholdX)} y={BAR_HEIGHT + 16}>
          {threshold}
        </text>
      </g>
    </svg>
  )
}

/** What fits inside a segment: "VVD 34", else "VVD", else nothing (the name is still there). */
function segmentText(party: string, seats: number, width: number): string | null {
  const fits = (text: string) => estimateTextWidth(text, LABEL_SIZE) + 8 <= width
  const full = `${party} ${seats}`
  return fits(full) ? full : fits(party) ? party : null
}

/** Black or white, whichever reads better on a party's colour. */
function inkOn(fill: string): string {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff'
}
