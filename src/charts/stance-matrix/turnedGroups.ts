import { safeTextWidth } from '../textWidth.ts'

/** Sizes of the turned matrix's side labels and columns (px), as TurnedMatrix.css and TurnedGroups.css draw them. */
export const TURNED_GROUP_SIZES = {
  /** The labels' font size (0.6875rem). */
  font: 11,
  /** A party column on a phone: as wide as its cell (2rem). */
  column: 32,
  /** The gap before each side after the first (0.375rem). */
  gap: 6,
  /** The narrowest frame the matrix is drawn in: a 320 px phone less the page's margins. */
  narrowest: 288,
  /** What the measure titles keep there, at least: a short title on a line or two. */
  titles: 96,
  /** What the labels may always take from the titles: a few pixels (tested at 320 px). */
  slack: 24,
} as const

/**
 * True when every side's label can sit over its own columns, wrapping between words, on the
 * narrowest phone: a word wider than its columns widens them, and the measure titles beside
 * pay for it. Few parties leave the titles room to spare ("Opposition" over the one party of
 * three); a side of one party in a field of six ("Support from outside") does not, and the
 * labels go on a line each.
 */
export function groupsFitOver(groups: readonly { label: string; span: number }[]): boolean {
  const { font, column, gap, narrowest, titles, slack } = TURNED_GROUP_SIZES
  const columns = groups.reduce((sum, group) => sum + group.span, 0)
  const room = narrowest - titles - columns * column - Math.max(0, groups.length - 1) * gap
  const excess = groups.reduce((sum, group) => {
    const word = Math.max(0, ...group.label.split(/\s+/).map((w) => safeTextWidth(w, font, true)))
    return sum + Math.max(0, word - group.span * column)
  }, 0)
  return excess <= Math.max(slack, room)
}
