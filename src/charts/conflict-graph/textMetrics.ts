import { EXTRA_WIDTHS, GLYPH_WIDTHS } from './glyphWidths.ts'

/** Above the baseline and below it, as a share of the font size (DejaVu Sans, rounded up). */
export const ASCENT = 0.93
export const DESCENT = 0.24

/** A character the tables do not know (Greek, CJK, emoji…) is taken as a full em: never too narrow. */
const UNKNOWN = 1000

function glyphWidth(char: string, weight: 400 | 700): number {
  const code = char.codePointAt(0) ?? 0
  const table = GLYPH_WIDTHS[weight]
  if (code >= 0x20 && code <= 0x7e) return table[code - 0x20] ?? UNKNOWN
  if (code >= 0xa0 && code <= 0x17f) return table[code - 0xa0 + 95] ?? UNKNOWN
  const extra = EXTRA_WIDTHS[char]
  if (extra) return weight === 400 ? extra[0] : extra[1]
  // A letter with a mark the table lacks (ș, ạ) is about as wide as the bare letter.
  const bare = char.normalize('NFD')[0]
  return bare && bare !== char ? glyphWidth(bare, weight) : UNKNOWN
}

/**
 * The width (px) a line of text takes at a size and weight, from the glyph tables: computed, not
 * measured, so the prerendered page and the browser lay a label out the same.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let sum = 0
  for (const char of text) sum += glyphWidth(char, bold ? 700 : 400)
  return (sum * fontSize) / 1000
}
