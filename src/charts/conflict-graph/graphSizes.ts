/** Sizes the graph is drawn at (px). */
export const GRAPH_SIZES = {
  maxHeight: 560,
  maxNodeRadius: 42,
  pad: 4,
  /** Between two neighbours' discs on the ring. */
  spacing: 14,
  nodeFont: 13,
  relationFont: 11,
} as const

/** Pairs at or above this mean distance are drawn as disagreement, below it as agreement. */
export const DISAGREEMENT_CUTOFF = 0.5

/**
 * Round a focused (or opened) line: a gap of the background, then a ring of the focus colour
 * (px each side), then the line drawn again on top.
 */
export const FOCUS_BAND = { gap: 2, ring: 3 } as const
