import { type PlacedText, textInBox } from './labelPlacement.ts'
import { MARKER_RADIUS } from './placeLabels.ts'
import { textWidth } from './textMetrics.ts'

/** One line of the markers' key: the marker's number in its disc, then what the arrow says. */
export type KeyRow = { number: number; x: number; y: number; text: PlacedText }

const FONT = 12
const LINE = 15
const PAD = 4
/** The text starts after the marker's disc and a gap. */
const INDENT = 2 * MARKER_RADIUS + 8

/** Words into lines no wider than `width` px (a word longer than that gets a line of its own). */
export function wrapWords(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = []
  for (const word of text.split(' ').filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= width)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

/**
 * The key to the numbered markers, one row each under the drawing (which ends at `top`), every
 * row wrapped to the width: the reader finds the arrow's words here, never a cut label.
 */
export function keyRows(
  items: readonly { number: number; text: string }[],
  width: number,
  top: number,
): KeyRow[] {
  let y = top + PAD
  return items.map(({ number, text }) => {
    const lines = wrapWords(text, width - INDENT - 2 * PAD, FONT)
    const height = (lines.length - 1) * LINE + FONT * 1.2 + 4
    const box = { left: PAD + INDENT, top: y, right: width - PAD, bottom: y + height }
    const row = {
      number,
      x: PAD + MARKER_RADIUS,
      y: y + MARKER_RADIUS + 1,
      text: textInBox({ lines, fontSize: FONT, bold: false, lineHeight: LINE }, box, 'start'),
    }
    y = box.bottom + PAD
    return row
  })
}
