import { aroundNode, besideCurve, curveSpots, onCurve, type Spot } from './candidates.ts'
import type { Arrow } from './edgeGeometry.ts'
import { type Box, type Circle, type Point, polyline, quadraticAt } from './geometry.ts'
import {
  bestCandidate,
  blockSize,
  type Candidate,
  NODE_CLEARANCE,
  type Obstacles,
  type PlacedText,
  type TextBlock,
  textInBox,
  type WideLine,
} from './labelPlacement.ts'

/** A node to label: its disc and its text. */
export type NodeToLabel = Circle & { block: TextBlock }
/** An arrow to label: its curve, and its label in the shapes to try, the first preferred. */
export type ArrowToLabel = { arrow: Arrow; blocks: TextBlock[] }
/** The numbered disc that stands in for an arrow's label when no text fits beside it. */
export const MARKER_RADIUS = 8

/** Every label of the graph placed, or what stands in for it. */
export type PlacedLabels = {
  nodes: PlacedText[]
  arrows: (PlacedText | null)[]
  markers: (Point | null)[]
  /** Node labels, and markers, that found no clear spot and were put at their first choice. */
  nodesForced: number
  markersForced: number
}

/**
 * Where an arrowhead is drawn: it points along the curve's last stretch (from the control point
 * to the end), 12 px long and 12 px wide at its base (7 stroke widths of 1.75, see
 * ConflictGraph's marker). The box round its tip and base, 6 px out, covers it at any angle.
 */
function headBox(arrow: Arrow): Box {
  const dx = arrow.to.x - arrow.control.x
  const dy = arrow.to.y - arrow.control.y
  const length = Math.hypot(dx, dy) || 1
  const baseX = arrow.to.x - (12 * dx) / length
  const baseY = arrow.to.y - (12 * dy) / length
  return {
    left: Math.min(arrow.to.x, baseX) - 6,
    right: Math.max(arrow.to.x, baseX) + 6,
    top: Math.min(arrow.to.y, baseY) - 6,
    bottom: Math.max(arrow.to.y, baseY) + 6,
  }
}

/**
 * Places the node labels (round their discs, outward first), then each arrow's label beside it
 * (longest first, in one line, else stacked), then a numbered marker on each arrow whose label
 * found no room. No label overlaps another, a disc or an arrow; the pairs' lines are avoided
 * where possible. Pure: the same input gives the same labels.
 */
export function placeLabels(
  nodes: readonly NodeToLabel[],
  centre: Point,
  arrows: readonly ArrowToLabel[],
  pairLines: readonly WideLine[],
  bounds: Box,
): PlacedLabels {
  const boxes: Box[] = arrows.map((a) => headBox(a.arrow))
  const lines = arrows.map((a) => polyline(a.arrow.points))
  const obstacles = (without?: number): Obstacles => ({
    bounds,
    circles: nodes,
    boxes,
    lines: without === undefined ? lines : lines.filter((_, i) => i !== without),
    soft: pairLines,
  })
  const ownerOf = (i: number) => ({
    own: lines[i] ?? polyline([]),
    others: lines.filter((_, j) => j !== i),
  })
  let nodesForced = 0
  let markersForced = 0
  const take = (candidates: Candidate[], o: Obstacles): Candidate | null => {
    const found = bestCandidate(candidates, o)
    if (found) boxes.push(found.box)
    return found
  }

  const nodeLabels = nodes.map((node) => {
    const size = blockSize(node.block)
    const outward = Math.atan2(node.y - centre.y, node.x - centre.x)
    const candidates = aroundNode(node, outward, size, NODE_CLEARANCE + 1)
    const found = take(candidates, obstacles())
    if (!found) nodesForced++
    const chosen = found ?? candidates[0]
    if (!found && chosen) boxes.push(chosen.box)
    return textInBox(node.block, chosen?.box ?? bounds, chosen?.anchor ?? 'middle')
  })

  const arrowLabels: (PlacedText | null)[] = arrows.map(() => null)
  const longestFirst = arrows
    .map((a, i) => ({ i, width: a.blocks[0] ? blockSize(a.blocks[0]).width : 0 }))
    .sort((p, q) => q.width - p.width || p.i - q.i)
  const spots: Spot[][] = arrows.map(({ arrow }) =>
    curveSpots((t) => quadraticAt(arrow.from, arrow.control, arrow.to, t), arrow.outer),
  )
  for (const { i } of longestFirst) {
    const a = arrows[i]
    if (!a) continue
    // One line if it fits, else one kind a line, else the words wrapped narrower and narrower.
    const owned = { ...obstacles(), owner: ownerOf(i) }
    for (const block of a.blocks) {
      const found = take(besideCurve(spots[i] ?? [], blockSize(block), 3), owned)
      if (found) {
        arrowLabels[i] = textInBox(block, found.box, found.anchor)
        break
      }
    }
  }

  const markers = arrows.map((a, i) => {
    if (arrowLabels[i]) return null
    const at = (t: number) => quadraticAt(a.arrow.from, a.arrow.control, a.arrow.to, t)
    const candidates = onCurve(at, spots[i] ?? [], MARKER_RADIUS)
    const found = take(candidates, obstacles(i))
    if (!found) markersForced++
    const chosen = found ?? candidates[0]
    if (!chosen) return null
    if (!found) boxes.push(chosen.box)
    return {
      x: (chosen.box.left + chosen.box.right) / 2,
      y: (chosen.box.top + chosen.box.bottom) / 2,
    }
  })
  return { nodes: nodeLabels, arrows: arrowLabels, markers, nodesForced, markersForced }
}
