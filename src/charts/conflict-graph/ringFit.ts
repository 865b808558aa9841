import type { Point } from './geometry.ts'
import { placeOnRing, type Ring } from './nodeRing.ts'

/** A node to seat on the ring: its disc's radius and the size of its label. */
export type RingNode = { r: number; labelWidth: number; labelHeight: number }

/** A ring no wider than this many times its height: wider reads as squashed. */
const MAX_ASPECT = 1.25

/**
 * The widest ring, and its nodes, for which every label fits across the width: a label beside a
 * node on the left or right needs its width out there, one above or below needs half. The ring
 * moves off-centre when the long labels sit on one side. `null` when the nodes do not fit round
 * a ring of this height.
 */
export function fitRing(
  nodes: readonly RingNode[],
  width: number,
  height: number,
  options: { pad: number; gap: number; gaps: number[]; beside: number; anchors: number[] },
): { ring: Ring; points: Point[] } | null {
  const { pad, gap, gaps, beside: besideFrom, anchors } = options
  const radii = nodes.map((n) => n.r)
  const maxR = Math.max(0, ...radii)
  const labelHeight = Math.max(0, ...nodes.map((n) => n.labelHeight))
  const ry = height / 2 - pad - maxR - gap - labelHeight
  if (ry <= 0) return null
  let ring: Ring = { cx: width / 2, cy: height / 2, rx: ry, ry }
  let points = placeOnRing(radii, ring, gaps, anchors)
  // The nodes' angles depend a little on the ring's shape: settle them in a few rounds.
  for (let round = 0; round < 2 && points; round++) {
    const reach = (side: -1 | 1, rx: number) =>
      Math.max(
        0,
        ...nodes.map((node, i) => {
          const cos = ((points?.[i]?.x ?? ring.cx) - ring.cx) / ring.rx
          if (Math.sign(cos) !== side && Math.abs(cos) > 1e-6) return 0
          const beside = Math.abs(cos) > besideFrom
          return (
            rx * Math.abs(cos) +
            (beside ? node.r + gap + node.labelWidth : Math.max(node.r, node.labelWidth / 2))
          )
        }),
      )
    const fits = (rx: number) => reach(-1, rx) + reach(1, rx) <= width - 2 * pad
    let lo = 0
    let hi = Math.min(MAX_ASPECT * ry, width / 2)
    if (!fits(lo)) return null
    for (let step = 0; step < 16; step++) {
      const mid = (lo + hi) / 2
      if (fits(mid)) lo = mid
      else hi = mid
    }
    const rx = lo
    // Centre the ring in the room its two sides leave.
    const slack = width - 2 * pad - reach(-1, rx) - reach(1, rx)
    ring = { cx: pad + reach(-1, rx) + slack / 2, cy: height / 2, rx, ry }
    points = placeOnRing(radii, ring, gaps, anchors)
  }
  return points ? { ring, points } : null
}
