import { scaleSqrt } from 'd3-scale'
import type { ConflictModel, PairEdge, RelationEdge } from '../../model/conflictModel.ts'

/** Sizes the graph is drawn at (px). */
export const GRAPH_SIZES = {
  maxHeight: 560,
  maxNodeRadius: 42,
  labelGap: 8,
  labelRoom: 56,
  padding: 8,
  /** Below this width relation labels are left out (the arrows, cards and table still tell). */
  relationLabelMinWidth: 480,
} as const

/** Pairs at or above this mean distance are drawn as disagreement, below it as agreement. */
export const DISAGREEMENT_CUTOFF = 0.5

export type LaidNode = {
  partyId: string
  x: number
  y: number
  r: number
  labelX: number
  labelY: number
  anchor: 'start' | 'middle' | 'end'
}
export type LaidPair = {
  edge: PairEdge
  x1: number
  y1: number
  x2: number
  y2: number
  width: number
  kind: 'agree' | 'disagree'
}
export type LaidRelation = { edge: RelationEdge; path: string; labelX: number; labelY: number }

/** The conflict graph positioned: plain numbers React can draw. */
export type GraphLayout = {
  width: number
  height: number
  nodes: LaidNode[]
  pairs: LaidPair[]
  relations: LaidRelation[]
  showRelationLabels: boolean
}

/**
 * A stable circular layout: parties round a circle in side-and-seat order, starting at the top.
 * Deterministic and complete before the first paint; the model is never mutated.
 */
export function graphLayout(
  model: ConflictModel,
  width: number,
  seatsOf: (partyId: string) => number,
): GraphLayout {
  const { maxHeight, maxNodeRadius, labelGap, padding, relationLabelMinWidth } = GRAPH_SIZES
  const labelRoom = width < relationLabelMinWidth ? 36 : GRAPH_SIZES.labelRoom
  const height = Math.min(maxHeight, Math.max(260, width))
  const maxSeats = Math.max(1, ...model.parties.map((p) => seatsOf(p.id)))
  const nodeRadius = Math.min(maxNodeRadius, Math.min(width, height) / 11)
  // Area proportional to seats: radius grows with the square root.
  const radius = scaleSqrt().domain([0, maxSeats]).range([0, nodeRadius])
  const cx = width / 2
  const cy = height / 2
  const ring = Math.max(
    20,
    Math.min(width / 2 - labelRoom - nodeRadius, height / 2 - nodeRadius - 24) - padding,
  )
  const count = model.parties.length
  const nodes: LaidNode[] = model.parties.map((party, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, count)
    const r = Math.max(2, radius(seatsOf(party.id)))
    const x = cx + ring * Math.cos(angle)
    const y = cy + ring * Math.sin(angle)
    const cos = Math.cos(angle)
    const anchor = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end'
    const out = r + labelGap
    return {
      partyId: party.id,
      x,
      y,
      r,
      labelX: x + out * cos,
      // Labels above the top node and below the bottom one; beside the rest.
      labelY: y + (anchor === 'middle' ? (Math.sin(angle) < 0 ? -(out + 2) : out + 12) : 4),
      anchor,
    }
  })
  const byId = new Map(nodes.map((n) => [n.partyId, n]))
  const pairs = model.pairs.flatMap((edge): LaidPair[] => {
    const a = byId.get(edge.a)
    const b = byId.get(edge.b)
    if (!a || !b) return []
    const value = edge.disagreement.value ?? 0
    const kind = value >= DISAGREEMENT_CUTOFF ? 'disagree' : 'agree'
    // Width shows strength either way: strong agreement and strong disagreement are both thick.
    const strength = kind === 'disagree' ? value : 1 - value
    return [{ edge, ...trim(a, b, 0), width: 1 + 6 * strength, kind }]
  })
  const relations = model.relations.flatMap((edge): LaidRelation[] => {
    const a = byId.get(edge.from)
    const b = byId.get(edge.to)
    // The bow is relative to the direction, so A→B and B→A curve to opposite sides.
    return a && b ? [curve(a, b, 36, edge)] : []
  })
  return {
    width,
    height,
    nodes,
    pairs,
    relations,
    showRelationLabels: width >= relationLabelMinWidth,
  }
}

/** The segment between two node rims (plus a gap for an arrowhead). */
function trim(a: LaidNode, b: LaidNode, gap: number) {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length = Math.hypot(dx, dy) || 1
  const ux = dx / length
  const uy = dy / length
  return {
    x1: a.x + ux * a.r,
    y1: a.y + uy * a.r,
    x2: b.x - ux * (b.r + gap),
    y2: b.y - uy * (b.r + gap),
  }
}

const round = (value: number) => Math.round(value * 10) / 10

/** A quadratic curve from one node to another, bowed sideways by `bow` px, ending clear of the target. */
function curve(a: LaidNode, b: LaidNode, bow: number, edge: RelationEdge): LaidRelation {
  const { x1, y1, x2, y2 } = trim(a, b, 4)
  const length = Math.hypot(x2 - x1, y2 - y1) || 1
  const nx = -(y2 - y1) / length
  const ny = (x2 - x1) / length
  const mx = (x1 + x2) / 2 + nx * bow
  const my = (y1 + y2) / 2 + ny * bow
  return {
    edge,
    path: `M${round(x1)},${round(y1)} Q${round(mx)},${round(my)} ${round(x2)},${round(y2)}`,
    // Label 40% along the curve from its source, so crossing arrows keep their labels apart.
    labelX: round(0.36 * x1 + 0.48 * mx + 0.16 * x2),
    labelY: round(0.36 * y1 + 0.48 * my + 0.16 * y2),
  }
}
