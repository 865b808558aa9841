import { wrapLines } from './wrapLines.ts'

/** The texts around an exported chart. */
export type ExportFrame = { title: string; sourceLine: string; credits: string }

/** One line of frame text, positioned at its alphabetic baseline. */
export type FrameLine = {
  text: string
  x: number
  y: number
  fontSize: number
  bold: boolean
  /** Footer lines use the muted text colour. */
  muted: boolean
}

/** Where the chart and the frame's text lines go in the exported image. */
export type FrameLayout = {
  width: number
  height: number
  chart: { x: number; y: number; width: number; height: number }
  lines: FrameLine[]
}

/** Frame measures in px. */
export const FRAME_SIZES = { padding: 16, gap: 12, title: 18, footer: 12, minWidth: 320 } as const
/** A line box is its font size × LINE_HEIGHT tall; the baseline sits one font size below its top. */
const LINE_HEIGHT = 1.35
// A generous average glyph width (bold titles are wider), so a wrapped line rarely overflows.
const CHAR_WIDTH = 0.6

/**
 * Lays out a title above the chart and the source line and credits below it, wrapping text
 * to the image width; empty texts take no room. Pure: text widths are estimated from
 * character counts, not measured, so the same input always gives the same image size.
 */
export function frameLayout(
  chartWidth: number,
  chartHeight: number,
  frame: ExportFrame,
): FrameLayout {
  const { padding, gap, minWidth } = FRAME_SIZES
  const width = Math.max(minWidth, Math.ceil(chartWidth + 2 * padding))
  const wrap = (text: string, fontSize: number) =>
    wrapLines(text, Math.floor((width - 2 * padding) / (fontSize * CHAR_WIDTH)))
  const lines: FrameLine[] = []
  // Stacks lines from `top` down and returns the bottom of the last line box.
  const stack = (texts: string[], top: number, fontSize: number, header: boolean) => {
    texts.forEach((text, i) => {
      const y = round(top + i * fontSize * LINE_HEIGHT + fontSize)
      lines.push({ text, x: padding, y, fontSize, bold: header, muted: !header })
    })
    return top + texts.length * fontSize * LINE_HEIGHT
  }

  const title = wrap(frame.title, FRAME_SIZES.title)
  const titleBottom = stack(title, padding, FRAME_SIZES.title, true)
  const chart = {
    x: round((width - chartWidth) / 2),
    y: round(title.length > 0 ? titleBottom + gap : padding),
    width: chartWidth,
    height: chartHeight,
  }
  const footer = [
    ...wrap(frame.sourceLine, FRAME_SIZES.footer),
    ...wrap(frame.credits, FRAME_SIZES.footer),
  ]
  const chartBottom = chart.y + chartHeight
  const bottom =
    footer.length > 0 ? stack(footer, chartBottom + gap, FRAME_SIZES.footer, false) : chartBottom
  return { width, height: Math.ceil(bottom + padding), chart, lines }
}

const round = (n: number) => Math.round(n * 100) / 100
