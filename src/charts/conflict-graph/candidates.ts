import { boxAround, type Circle, type Point } from './geometry.ts'
import type { Anchor, Candidate } from './labelPlacement.ts'

type Size = { width: number; height: number }

/** How far off the horizontal (as a sine) a label still counts as beside its mark. */
const SIDE = 0.38

const clamp = (value: number) => Math.max(-1, Math.min(1, value))
const anchorOf = (sx: number): Anchor => (sx > 0.5 ? 'start' : sx < -0.5 ? 'end' : 'middle')
/** The smaller angle between two directions, 0 to π. */
const turn = (a: number, b: number) => {
  const d = Math.abs(a - b) % (2 * Math.PI)
  return d > Math.PI ? 2 * Math.PI - d : d
}

/**
 * Boxes round a node's disc at 16 directions, each touching the circle `gap` px out from the
 * disc; the one pointing `outward` (away from the ring's middle) costs nothing, each step round
 * costs one more. A box beside the node starts (or ends) at it; one above or below is centred.
 */
export function aroundNode(node: Circle, outward: number, size: Size, gap: number): Candidate[] {
  return Array.from({ length: 16 }, (_, k) => {
    const angle = (k * Math.PI) / 8
    const ux = Math.cos(angle)
    const uy = Math.sin(angle)
    const sx = clamp(ux / SIDE)
    const sy = clamp(uy / SIDE)
    const x = node.x + ux * (node.r + gap) + (sx * size.width) / 2
    const y = node.y + uy * (node.r + gap) + (sy * size.height) / 2
    return {
      box: boxAround(x, y, size.width, size.height),
      anchor: anchorOf(sx),
      cost: turn(angle, outward) / (Math.PI / 8),
    }
  }).sort((a, b) => a.cost - b.cost)
}

/** Where along an arrow its label may sit: the middle first, then out towards both ends. */
const ALONG = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8]
/** The eight compass directions a label may lie in from its spot, as steps in x and y. */
const COMPASS = Array.from({ length: 8 }, (_, k) => {
  const angle = (k * Math.PI) / 4
  return { angle, dx: Math.round(Math.cos(angle)), dy: Math.round(Math.sin(angle)) }
})

/** A point on a curve and a direction from it for a label, with what that choice costs. */
export type Spot = { x: number; y: number; dx: number; dy: number; cost: number }

/**
 * The spots beside a curve, cheapest first: points along it, the middle first, and the eight
 * compass directions round each, the side the curve bows to (`outer`, an angle) first. They do
 * not depend on the label's size, so an arrow's spots serve each shape its label is tried in.
 */
export function curveSpots(at: (t: number) => Point, outer: number): Spot[] {
  return ALONG.flatMap((t, i) => {
    const p = at(t)
    return COMPASS.map(({ angle, dx, dy }) => ({
      x: p.x,
      y: p.y,
      dx,
      dy,
      cost: i + 2 * (turn(angle, outer) / (Math.PI / 4)),
    }))
  }).sort((a, b) => a.cost - b.cost)
}

/**
 * Boxes of a size at the spots, `gap` px off the curve in each spot's direction. A box ahead of
 * or behind its spot lies on the curve itself; the arrow, an obstacle like any other, rules it
 * out: an arrow never runs through its own label.
 */
export function besideCurve(spots: readonly Spot[], size: Size, gap: number): Candidate[] {
  return spots.map(({ x, y, dx, dy, cost }) => ({
    box: boxAround(
      x + dx * (size.width / 2 + gap),
      y + dy * (size.height / 2 + gap),
      size.width,
      size.height,
    ),
    anchor: anchorOf(dx),
    cost,
  }))
}

/** Where along an arrow its marker may sit: the middle first, then out in small steps. */
const MARKER_ALONG = Array.from(
  { length: 17 },
  (_, i) => 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.05,
)

/**
 * Spots for a numbered marker: on the curve itself, the middle first; then, for an arrow too
 * crowded for that, beside it like a label.
 */
export function onCurve(
  at: (t: number) => Point,
  spots: readonly Spot[],
  radius: number,
): Candidate[] {
  const on = MARKER_ALONG.map((t, i): Candidate => {
    const p = at(t)
    return { box: boxAround(p.x, p.y, 2 * radius, 2 * radius), anchor: 'middle', cost: i }
  })
  const size = { width: 2 * radius, height: 2 * radius }
  const beside = besideCurve(spots, size, 2).map((c) => ({ ...c, cost: c.cost + on.length }))
  return [...on, ...beside]
}
