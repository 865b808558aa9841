import type { ConflictModel, RelationEdge } from '../../model/conflictModel.ts'
import { type Arrow, arrowBetween, arrowPath, rimToRim } from './edgeGeometry.ts'
import { type Point, polyline } from './geometry.ts'
import type { GraphParts } from './graphParts.ts'
import { DISAGREEMENT_CUTOFF, GRAPH_SIZES } from './graphSizes.ts'
import { keyRows } from './keyRows.ts'
import type { PlacedText } from './labelPlacement.ts'
import type { GraphLayout, GraphTexts, LaidPair, LaidRelation } from './layout.ts'
import type { Ring } from './nodeRing.ts'
import { placeLabels } from './placeLabels.ts'

/** One try at a height: the layout, and how well its labels fit. */
export type Attempt = {
  layout: GraphLayout
  nodesForced: number
  markersForced: number
  markers: number
  /** How much taller than the first try, as a share of the width. */
  growth: number
}

/**
 * The graph laid out on a fitted ring (at one height): the pairs and arrows drawn, every label
 * placed. Without a ring (`null`: nothing fits at any height, the last resort of graphLayout) the
 * parties go round a plain circle and the labels where they fall.
 */
export function layoutOnRing(
  model: ConflictModel,
  parts: GraphParts,
  height: number,
  fitted: { ring: Ring; points: Point[] } | null,
  growth: number,
  texts: GraphTexts,
): Attempt {
  const { width, parties, nodes } = parts
  const ring = fitted?.ring ?? { cx: width / 2, cy: height / 2, rx: width / 3, ry: height / 3 }
  const points =
    fitted?.points ??
    nodes.map((_, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / nodes.length
      return { x: ring.cx + ring.rx * Math.cos(angle), y: ring.cy + ring.ry * Math.sin(angle) }
    })
  const discs = parties.map((p, i) => ({
    partyId: p.id,
    x: round(points[i]?.x ?? ring.cx),
    y: round(points[i]?.y ?? ring.cy),
    r: nodes[i]?.r ?? 3,
    block: nodes[i]?.block ?? { lines: [], fontSize: 0, bold: false, lineHeight: 0 },
  }))
  const byId = new Map(discs.map((d) => [d.partyId, d]))
  const pairs = model.pairs.flatMap((edge): LaidPair[] => {
    const a = byId.get(edge.a)
    const b = byId.get(edge.b)
    if (!a || !b) return []
    const value = edge.disagreement.value ?? 0
    const kind = value >= DISAGREEMENT_CUTOFF ? 'disagree' : 'agree'
    // Width shows strength either way: strong agreement and strong disagreement are both thick.
    const strength = kind === 'disagree' ? value : 1 - value
    const s = rimToRim(a, b, 0)
    return [
      {
        edge,
        x1: round(s.x1),
        y1: round(s.y1),
        x2: round(s.x2),
        y2: round(s.y2),
        width: 1 + 6 * strength,
        kind,
      },
    ]
  })
  const arrows = model.relations.flatMap((edge): { edge: RelationEdge; arrow: Arrow }[] => {
    const a = byId.get(edge.from)
    const b = byId.get(edge.to)
    return a && b ? [{ edge, arrow: arrowBetween(a, b) }] : []
  })
  const placed = placeLabels(
    discs,
    { x: ring.cx, y: ring.cy },
    arrows.map(({ edge, arrow }) => ({ arrow, blocks: parts.relationBlocks.get(edge) ?? [] })),
    pairs.map((p) => ({
      ...polyline([
        { x: p.x1, y: p.y1 },
        { x: p.x2, y: p.y2 },
      ]),
      reach: p.width / 2,
    })),
    { left: 0, top: 0, right: width, bottom: height },
  )
  let number = 0
  const relations = arrows.map(({ edge, arrow }, i): LaidRelation => {
    const marker = placed.markers[i]
    return {
      edge,
      path: arrowPath(arrow),
      label: placed.arrows[i] ?? null,
      marker: marker ? { x: round(marker.x), y: round(marker.y), number: ++number } : null,
    }
  })
  const key = keyRows(
    relations.flatMap((r) =>
      r.marker ? [{ number: r.marker.number, text: texts.key(r.edge) }] : [],
    ),
    width,
    height,
  )
  const bottom = key.at(-1)?.text.box.bottom
  return {
    layout: {
      width,
      height: bottom === undefined ? height : Math.ceil(bottom + GRAPH_SIZES.pad),
      nodes: discs.map((d, i) => ({
        partyId: d.partyId,
        x: d.x,
        y: d.y,
        r: d.r,
        label: placed.nodes[i] as PlacedText,
      })),
      pairs,
      relations,
      key,
    },
    nodesForced: placed.nodesForced,
    markersForced: placed.markersForced,
    markers: number,
    growth,
  }
}

const round = (value: number) => Math.round(value * 10) / 10
