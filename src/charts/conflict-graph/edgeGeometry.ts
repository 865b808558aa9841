import { type Circle, type Point, quadraticAt } from './geometry.ts'

/** A straight segment. */
export type Segment = { x1: number; y1: number; x2: number; y2: number }
/** An arrow from one node to another: a quadratic curve bowed to its left. */
export type Arrow = {
  from: Point
  control: Point
  to: Point
  /** The direction the curve bows to, as an angle (its outer side). */
  outer: number
  /** The curve as a polyline, for collision tests. */
  points: Point[]
}

/** The segment between two node rims, ending `gap` px short of the second (room for a head). */
export function rimToRim(a: Circle, b: Circle, gap: number): Segment {
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

/** Arrowheads are 7 stroke widths long (see ConflictGraph's marker) and point at the target. */
export const ARROW_GAP = 4
const MAX_BOW = 24

/**
 * The arrow from a to b, bowed to the left of its direction, so A→B and B→A curve to opposite
 * sides of the pair's line; short arrows bow less.
 */
export function arrowBetween(a: Circle, b: Circle): Arrow {
  const { x1, y1, x2, y2 } = rimToRim(a, b, ARROW_GAP)
  const length = Math.hypot(x2 - x1, y2 - y1) || 1
  const bow = Math.min(MAX_BOW, 0.1 * length)
  const nx = -(y2 - y1) / length
  const ny = (x2 - x1) / length
  const from = { x: x1, y: y1 }
  const to = { x: x2, y: y2 }
  const control = { x: (x1 + x2) / 2 + nx * bow * 2, y: (y1 + y2) / 2 + ny * bow * 2 }
  const points = Array.from({ length: 25 }, (_, i) => quadraticAt(from, control, to, i / 24))
  return { from, control, to, outer: Math.atan2(ny, nx), points }
}

const round = (value: number) => Math.round(value * 10) / 10

/** The SVG path of an arrow. */
export const arrowPath = ({ from, control, to }: Arrow): string =>
  `M${round(from.x)},${round(from.y)} Q${round(control.x)},${round(control.y)} ${round(to.x)},${round(to.y)}`
