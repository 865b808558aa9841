import { scaleSqrt } from 'd3-scale'
import type { RawParty } from '../../data/schema.ts'
import type { ConflictModel, RelationEdge } from '../../model/conflictModel.ts'
import { GRAPH_SIZES } from './graphSizes.ts'
import { wrapWords } from './keyRows.ts'
import { blockSize, NODE_CLEARANCE, type TextBlock } from './labelPlacement.ts'
import type { GraphTexts } from './layout.ts'
import { MARKER_RADIUS } from './placeLabels.ts'
import type { RingNode } from './ringFit.ts'
import { isAnchor, ringOrder } from './ringOrder.ts'

/** What the graph draws at a width, before any height is tried: sizes, words, ring order. */
export type GraphParts = {
  width: number
  /** The parties in ring order, each with its disc, its label and its room on the ring. */
  parties: RawParty[]
  nodes: (RingNode & { block: TextBlock })[]
  /** The room kept between each party and the next round the ring. */
  gaps: number[]
  /** The anchors' places in the ring order (the first always): spread evenly round it. */
  anchors: number[]
  /** Each relation's label in the shapes to try, the first preferred. */
  relationBlocks: Map<RelationEdge, TextBlock[]>
}

/**
 * Everything graphLayout needs that does not depend on the height: computed once per width,
 * then used for each height it tries.
 */
export function graphParts(
  model: ConflictModel,
  width: number,
  seatsOf: (partyId: string) => number,
  texts: GraphTexts,
): GraphParts {
  const { maxNodeRadius, spacing, nodeFont } = GRAPH_SIZES
  const maxSeats = Math.max(1, ...model.parties.map((p) => seatsOf(p.id)))
  // Area proportional to seats: radius grows with the square root.
  const radius = scaleSqrt()
    .domain([0, maxSeats])
    .range([0, Math.min(maxNodeRadius, width / 13)])
  const parties = ringOrder(model.parties, (p) => 2 * radius(seatsOf(p.id)) + spacing)
  const nodes = parties.map((p) => {
    const block = {
      lines: [texts.node(p.id)],
      fontSize: nodeFont,
      bold: texts.bold(p.id),
      lineHeight: 16,
    }
    const size = blockSize(block)
    return {
      r: Math.round(Math.max(3, radius(seatsOf(p.id))) * 10) / 10,
      labelWidth: size.width,
      labelHeight: size.height,
      block,
    }
  })
  // Neighbours with an arrow between them keep room for its marker (or its head) between them.
  const gaps = parties.map((p, i) => {
    const next = parties[(i + 1) % parties.length]?.id
    const linked = model.relations.some(
      (r) => (r.from === p.id && r.to === next) || (r.to === p.id && r.from === next),
    )
    return linked ? spacing + 2 * (MARKER_RADIUS + NODE_CLEARANCE) : spacing
  })
  const anchors = parties.flatMap((p, i) => (isAnchor(p) || i === 0 ? [i] : []))
  const relationBlocks = new Map(
    model.relations.map((edge) => [edge, relationShapes(texts.relation(edge)).map(relationBlock)]),
  )
  return { width, parties, nodes, gaps, anchors, relationBlocks }
}

const relationBlock = (lines: string[]): TextBlock => ({
  lines,
  fontSize: GRAPH_SIZES.relationFont,
  bold: false,
  lineHeight: 13,
})

/** A relation label's shapes, widest first: one line, one kind a line, then wrapped narrower. */
function relationShapes(kinds: readonly string[]): string[][] {
  const font = GRAPH_SIZES.relationFont
  const shapes = [[kinds.join(' · ')], [...kinds]]
  for (const width of [110, 80, 60]) shapes.push(kinds.flatMap((k) => wrapWords(k, width, font)))
  // Each shape only once, in order.
  return shapes.filter((s, i) => shapes.findIndex((t) => t.join('\n') === s.join('\n')) === i)
}
