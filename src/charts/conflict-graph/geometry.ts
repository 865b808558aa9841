/** A point in the graph's drawing, in px. */
export type Point = { x: number; y: number }
/** An axis-aligned rectangle: a label with its halo, a marker, the drawing area. */
export type Box = { left: number; top: number; right: number; bottom: number }
/** A node's disc. */
export type Circle = { x: number; y: number; r: number }

/** The box of a given size centred on a point. */
export const boxAround = (x: number, y: number, width: number, height: number): Box => ({
  left: x - width / 2,
  right: x + width / 2,
  top: y - height / 2,
  bottom: y + height / 2,
})

/** The box grown by `margin` px on every side. */
export const grow = (box: Box, margin: number): Box => ({
  left: box.left - margin,
  right: box.right + margin,
  top: box.top - margin,
  bottom: box.bottom + margin,
})

/** Whether two boxes share any area. */
export const boxesOverlap = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/** Whether `inner` lies wholly inside `outer`. */
export const boxInside = (inner: Box, outer: Box): boolean =>
  inner.left >= outer.left &&
  inner.right <= outer.right &&
  inner.top >= outer.top &&
  inner.bottom <= outer.bottom

/** Whether a box comes nearer than `clearance` px to a disc. */
export function boxNearCircle(box: Box, circle: Circle, clearance: number): boolean {
  const dx = Math.max(box.left - circle.x, 0, circle.x - box.right)
  const dy = Math.max(box.top - circle.y, 0, circle.y - box.bottom)
  const reach = circle.r + clearance
  return dx * dx + dy * dy < reach * reach
}

/** Whether the segment from p to q passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(p: Point, q: Point, box: Box): boolean {
  const dx = q.x - p.x
  const dy = q.y - p.y
  let t0 = 0
  let t1 = 1
  // Clip against each side in turn: left, right, top, bottom. A plain loop, no allocation, as
  // this runs many thousand times per layout.
  for (let side = 0; side < 4; side++) {
    const step = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy
    const room =
      side === 0
        ? p.x - box.left
        : side === 1
          ? box.right - p.x
          : side === 2
            ? p.y - box.top
            : box.bottom - p.y
    if (step === 0) {
      if (room < 0) return false
    } else {
      const t = room / step
      if (step < 0) t0 = Math.max(t0, t)
      else t1 = Math.min(t1, t)
      if (t0 > t1) return false
    }
  }
  return true
}

/** A line of one or more segments, with the box round it (a quick first test). */
export type Polyline = { points: readonly Point[]; bounds: Box }

/** A polyline through the points. */
export function polyline(points: readonly Point[]): Polyline {
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  return {
    points,
    bounds: {
      left: Math.min(...xs),
      right: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
    },
  }
}

/** Whether any segment of a polyline passes through the box. */
export function polylineHitsBox({ points, bounds }: Polyline, box: Box): boolean {
  // Touching counts as a hit, as it does for segments.
  if (bounds.right < box.left || bounds.left > box.right) return false
  if (bounds.bottom < box.top || bounds.top > box.bottom) return false
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]
    const q = points[i]
    if (p && q && segmentHitsBox(p, q, box)) return true
  }
  return false
}

/** The distance from a point to the nearest point of a polyline. */
export function distanceToPolyline(p: Point, { points }: Polyline): number {
  let nearest = Number.POSITIVE_INFINITY
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]
    const b = points[i]
    if (!a || !b) continue
    const dx = b.x - a.x
    const dy = b.y - a.y
    const span = dx * dx + dy * dy
    // Where the perpendicular from p meets the segment, held to its ends.
    const t =
      span === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / span))
    nearest = Math.min(nearest, Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y))
  }
  return nearest
}

/** A quadratic Bézier curve at t (0 at `from`, 1 at `to`). */
export function quadraticAt(from: Point, control: Point, to: Point, t: number): Point {
  const u = 1 - t
  return {
    x: u * u * from.x + 2 * u * t * control.x + t * t * to.x,
    y: u * u * from.y + 2 * u * t * control.y + t * t * to.y,
  }
}
