import type { ConflictModel, PairEdge, RelationEdge } from '../../model/conflictModel.ts'
import type { Point } from './geometry.ts'
import { graphParts } from './graphParts.ts'
import { GRAPH_SIZES } from './graphSizes.ts'
import type { KeyRow } from './keyRows.ts'
import { NODE_CLEARANCE, type PlacedText } from './labelPlacement.ts'
import { type Attempt, layoutOnRing } from './layoutAttempt.ts'
import { fitRing } from './ringFit.ts'

/** A party's disc and its label. */
export type LaidNode = { partyId: string; x: number; y: number; r: number; label: PlacedText }
/** A pair's line, rim to rim, thicker the stronger the (dis)agreement. */
export type LaidPair = {
  edge: PairEdge
  x1: number
  y1: number
  x2: number
  y2: number
  width: number
  kind: 'agree' | 'disagree'
}
/** An arrow with its label beside it, or (when none fits) a numbered marker keyed below. */
export type LaidRelation = {
  edge: RelationEdge
  path: string
  label: PlacedText | null
  marker: (Point & { number: number }) | null
}

/** The conflict graph positioned: plain numbers React can draw. */
export type GraphLayout = {
  width: number
  height: number
  nodes: LaidNode[]
  pairs: LaidPair[]
  relations: LaidRelation[]
  /** The markers' key, under the drawing. */
  key: KeyRow[]
}

/** The words the graph draws: a party's label, whether it is bold, a relation's kinds. */
export type GraphTexts = {
  node: (partyId: string) => string
  bold: (partyId: string) => boolean
  relation: (edge: RelationEdge) => string[]
  /** A marker's line in the key: who to whom, and what. */
  key: (edge: RelationEdge) => string
}

/**
 * The graph laid out at a width: parties round a ring from the top (see ringOrder), sized by
 * seats; every label placed clear of the others, the discs and the arrows. When the labels do not
 * fit, the drawing grows taller; an arrow's label that still finds no room becomes a numbered
 * marker keyed under the drawing. Deterministic and pure: no measuring, no randomness.
 */
export function graphLayout(
  model: ConflictModel,
  width: number,
  seatsOf: (partyId: string) => number,
  texts: GraphTexts,
): GraphLayout {
  const base = Math.min(GRAPH_SIZES.maxHeight, Math.max(260, width))
  // Taller than this only when the parties' own labels need it (many parties on a phone).
  const tallest = Math.max(base, Math.min(2 * width, 900))
  const step = Math.max(24, Math.round(width * 0.12))
  const parts = graphParts(model, width, seatsOf, texts)
  let best: Attempt | null = null
  let last: Attempt | null = null
  for (let i = 0; i < MAX_ROUNDS; i++) {
    const height = base + i * step
    const growth = (height - base) / width
    // Taller is only worth it while it can still beat the best so far.
    if (best && (height > tallest || growth >= score(best))) break
    const tried = new Set<string>()
    for (const beside of BESIDE) {
      const fitted = fitRing(parts.nodes, width, height, {
        pad: GRAPH_SIZES.pad,
        gap: NODE_CLEARANCE + 1,
        gaps: parts.gaps,
        beside,
        anchors: parts.anchors,
      })
      // Two label rules often give the same ring: lay it out once.
      const key = fitted && `${fitted.ring.cx.toFixed(1)} ${fitted.ring.rx.toFixed(1)}`
      if (!fitted || !key || tried.has(key)) continue
      tried.add(key)
      const attempt = layoutOnRing(model, parts, height, fitted, growth, texts)
      last = attempt
      if (attempt.nodesForced > 0) continue
      if (!best || score(attempt) < score(best)) best = attempt
      if (best.markersForced + best.markers === 0) return best.layout
    }
  }
  return (best ?? last ?? layoutOnRing(model, parts, base, null, 0, texts)).layout
}

/** Heights tried before giving up on a clear layout (it takes hundreds of parties on a phone). */
const MAX_ROUNDS = 60

/**
 * Where a node's label is expected beside it rather than above or below (as |cos| of its angle
 * on the ring): the usual first, then fewer and fewer beside, which leaves the ring more of the
 * width (it helps on a phone).
 */
const BESIDE = [0.4, 0.75, 1.01] as const

/**
 * Markers forced onto other marks count most; then a marker costs as much as growing taller by
 * 80 % of the width: a label read in place beats a shorter drawing, but not at any height (and
 * it grows no taller than twice its width anyway). Ties keep the first, the shortest.
 */
const score = (a: Attempt) => a.markersForced * 1000 + a.markers * 0.8 + a.growth
