import {
  type Box,
  boxesOverlap,
  boxInside,
  boxNearCircle,
  type Circle,
  distanceToPolyline,
  grow,
  type Polyline,
  polylineHitsBox,
} from './geometry.ts'
import { ASCENT, DESCENT, textWidth } from './textMetrics.ts'

/** Text to place: one or more lines in one style. */
export type TextBlock = { lines: string[]; fontSize: number; bold: boolean; lineHeight: number }
/** Where a text's lines start (SVG text-anchor): a label beside a mark starts at its side. */
export type Anchor = 'start' | 'middle' | 'end'
/** A label as drawn: each line's baseline, and the box it covers, halo included. */
export type PlacedText = {
  anchor: Anchor
  x: number
  lines: { text: string; y: number }[]
  box: Box
}
/** A box a label could take, and how much less it is wanted than the first choice. */
export type Candidate = { box: Box; anchor: Anchor; cost: number }

/** A line drawn `reach` px wide each side of its path: a pair's line, as thick as it is drawn. */
export type WideLine = Polyline & { reach: number }
/** What a label keeps clear of. `lines` must not cross it; `soft` lines it avoids if it can. */
export type Obstacles = {
  bounds: Box
  circles: readonly Circle[]
  boxes: readonly Box[]
  lines: readonly Polyline[]
  soft: readonly WideLine[]
  /**
   * For an arrow's label: its arrow and the others. The label's middle must lie clearly nearer
   * its own arrow than any other, or the reader gives it to the wrong one.
   */
  owner?: { own: Polyline; others: readonly Polyline[] }
}

/** The halo round label text (half the 4 px background stroke in ConflictGraph.css). */
export const HALO = 2
/** Room kept between a label and any node's disc. */
export const NODE_CLEARANCE = 5
/**
 * Room kept between two labels' boxes (halo included), so 10 px between their words: two labels
 * nearer than that, one above the other or end to end, read as one label of two lines.
 */
export const LABEL_GAP = 6
/** How much nearer its own arrow a label's middle must be than any other (px), so that drawing the
 * curve a little differently (rounded, as a path) cannot tip it. */
const CLEARLY_NEARER = 2
/** What crossing one soft line (a pair's line) costs, in steps down the candidate list. */
const SOFT_COST = 6

/** The width and height a block takes, halo included. */
export function blockSize(block: TextBlock): { width: number; height: number } {
  const widest = Math.max(0, ...block.lines.map((l) => textWidth(l, block.fontSize, block.bold)))
  return {
    width: widest + 2 * HALO,
    height:
      (block.lines.length - 1) * block.lineHeight + (ASCENT + DESCENT) * block.fontSize + 2 * HALO,
  }
}

/** The block's lines written into a box: baselines from the top, x at the anchored side. */
export function textInBox(block: TextBlock, box: Box, anchor: Anchor): PlacedText {
  const x =
    anchor === 'start'
      ? box.left + HALO
      : anchor === 'end'
        ? box.right - HALO
        : (box.left + box.right) / 2
  const first = box.top + HALO + ASCENT * block.fontSize
  return {
    anchor,
    x: round(x),
    lines: block.lines.map((text, i) => ({ text, y: round(first + i * block.lineHeight) })),
    box,
  }
}

const round = (value: number) => Math.round(value * 10) / 10

/** Whether a box is clear of every hard obstacle. */
export function isClear(box: Box, obstacles: Obstacles): boolean {
  // Plain loops, cheapest test first: this runs thousands of times per layout.
  if (!boxInside(box, obstacles.bounds)) return false
  for (const c of obstacles.circles) if (boxNearCircle(box, c, NODE_CLEARANCE)) return false
  const spaced = grow(box, LABEL_GAP)
  for (const b of obstacles.boxes) if (boxesOverlap(spaced, b)) return false
  for (const line of obstacles.lines) if (polylineHitsBox(line, box)) return false
  if (obstacles.owner) {
    const middle = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 }
    const own = distanceToPolyline(middle, obstacles.owner.own)
    for (const other of obstacles.owner.others)
      if (distanceToPolyline(middle, other) < own + CLEARLY_NEARER) return false
  }
  return true
}

/**
 * The cheapest candidate clear of every hard obstacle, soft lines it crosses adding to its cost;
 * `null` when none is clear. Ties go to the earlier candidate, so the choice is deterministic.
 */
export function bestCandidate(
  candidates: readonly Candidate[],
  obstacles: Obstacles,
): Candidate | null {
  let best: Candidate | null = null
  let bestCost = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    // The candidates come cheapest first: none after this one can do better.
    if (candidate.cost >= bestCost) break
    if (!isClear(candidate.box, obstacles)) continue
    let cost = candidate.cost
    for (const line of obstacles.soft)
      if (polylineHitsBox(line, grow(candidate.box, line.reach))) cost += SOFT_COST
    if (cost < bestCost) {
      best = candidate
      bestCost = cost
    }
  }
  return best
}
