import type { RelationEdge } from '../../model/conflictModel.ts'
import { estimateTextWidth } from '../textWidth.ts'
import type { GraphLayout } from './layout.ts'

/** A label to place: centred on x (text-anchor middle), its baseline at y. */
export type PlacedLabel = { x: number; y: number; text: string }

/** The relation labels' size (px, as in styles.css), and the room a line of them takes. */
const FONT_SIZE = 11
const LINE = 14
/** Below the baseline: descenders and the label's halo. */
const DESCENT = 3

type Box = { left: number; right: number; top: number; bottom: number }

const boxOf = ({ x, y, text }: PlacedLabel): Box => {
  const half = estimateTextWidth(text, FONT_SIZE) / 2 + 2
  return { left: x - half, right: x + half, top: y - LINE + DESCENT, bottom: y + DESCENT }
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/**
 * Moves labels that would overprint one another: top to bottom, a label that hits one already
 * placed goes just below it (a few tries at most, so it stays near its arrow). Pure and
 * deterministic, so the prerendered page and the browser agree. Returns the labels in input order.
 */
export function spreadLabels(labels: readonly PlacedLabel[]): PlacedLabel[] {
  const order = labels
    .map((_, i) => i)
    .sort((a, b) => {
      const p = labels[a]
      const q = labels[b]
      return (p?.y ?? 0) - (q?.y ?? 0) || (p?.x ?? 0) - (q?.x ?? 0)
    })
  const placed: Box[] = []
  const result = [...labels]
  for (const index of order) {
    const label = labels[index]
    if (!label) continue
    let y = label.y
    for (let tries = 0; tries < 4; tries++) {
      const box = boxOf({ ...label, y })
      const hit = placed.find((other) => overlaps(box, other))
      if (!hit) break
      y = hit.bottom + 1 + LINE - DESCENT
    }
    placed.push(boxOf({ ...label, y }))
    result[index] = { ...label, y }
  }
  return result
}

/** The layout with its relation labels spread apart (see spreadLabels). */
export function withSpreadRelationLabels(
  layout: GraphLayout,
  text: (edge: RelationEdge) => string,
): GraphLayout {
  if (!layout.showRelationLabels) return layout
  const spread = spreadLabels(
    layout.relations.map((r) => ({ x: r.labelX, y: r.labelY, text: text(r.edge) })),
  )
  return {
    ...layout,
    relations: layout.relations.map((r, i) => ({ ...r, labelY: spread[i]?.y ?? r.labelY })),
  }
}
