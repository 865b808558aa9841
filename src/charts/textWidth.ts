/** Rough width of a label in px; good enough to reserve space before the browser measures anything. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58
}

// Character widths (in em) of a wide system sans (DejaVu Sans, Linux's default), so the
// estimate below is at least what Helvetica, Arial, Roboto, Segoe UI or San Francisco draw.
const NARROW = /[iIl|!.,:;'’`]/
const SLIM = /[fjrt()[\]/\-"“”]/
const BROAD = /[mwMW@%]/
const CAPITAL = /\p{Lu}/u
const DIGIT = /\d/

const charWidth = (char: string): number => {
  if (char === ' ') return 0.32
  if (NARROW.test(char)) return 0.32
  if (SLIM.test(char)) return 0.42
  if (BROAD.test(char)) return 1
  if (CAPITAL.test(char)) return 0.8
  if (DIGIT.test(char)) return 0.64
  return 0.64
}

/**
 * The widest a label is likely drawn (px), in bold if asked, with room for the reader's own
 * text spacing (WCAG 1.4.12: 0.12 em between letters, 0.16 em between words): space reserved
 * with it is never too small, so a label never runs into its neighbour or past the edge.
 */
export function safeTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0
  for (const char of text) em += charWidth(char) * (bold ? 1.12 : 1) + 0.12
  const spaces = text.split(' ').length - 1
  return Math.ceil((em + spaces * 0.16) * fontSize)
}
