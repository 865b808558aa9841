import { bisectRight } from 'd3-array'
import type { Point } from './geometry.ts'

/** The ellipse the parties sit on. */
export type Ring = { cx: number; cy: number; rx: number; ry: number }

const SAMPLES = 240

/** Points round the ring from the top, clockwise, with the arc length up to each. */
function sampleRing({ cx, cy, rx, ry }: Ring): {
  xs: Float64Array
  ys: Float64Array
  lengths: Float64Array
} {
  // Typed arrays: the ring is sampled for every height and shape graphLayout tries.
  const xs = new Float64Array(SAMPLES + 1)
  const ys = new Float64Array(SAMPLES + 1)
  const lengths = new Float64Array(SAMPLES + 1)
  for (let k = 0; k <= SAMPLES; k++) {
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / SAMPLES
    xs[k] = cx + rx * Math.cos(angle)
    ys[k] = cy + ry * Math.sin(angle)
    if (k > 0)
      lengths[k] =
        (lengths[k - 1] ?? 0) +
        Math.hypot((xs[k] ?? 0) - (xs[k - 1] ?? 0), (ys[k] ?? 0) - (ys[k - 1] ?? 0))
  }
  return { xs, ys, lengths }
}

/**
 * Node centres round the ring, the first at the top, clockwise. The `anchors` (indices, the
 * first 0) sit at equal arc distances and the nodes between two anchors share the arc between
 * them, node i and the next `gaps[i]` px apart at least and the rest of the arc shared out
 * evenly; when an arc is too short for its nodes, all nodes share the whole ring that way.
 * `null` when even the whole ring is too short.
 */
export function placeOnRing(
  radii: readonly number[],
  ring: Ring,
  gaps: readonly number[],
  anchors: readonly number[] = [0],
): Point[] | null {
  const { xs, ys, lengths } = sampleRing(ring)
  const perimeter = lengths[SAMPLES] ?? 0
  const n = radii.length
  if (n === 0) return []
  // need[i]: the arc from node i to the next, at least.
  const need = radii.map((r, i) => (n === 1 ? 0 : r + (radii[(i + 1) % n] ?? 0) + (gaps[i] ?? 0)))
  const spread = (from: number, to: number, arc: number): number[] | null => {
    const span = need.slice(from, to)
    const total = span.reduce((sum, d) => sum + d, 0)
    if (total > arc) return null
    const equal = arc / span.length
    return span.every((d) => d <= equal)
      ? span.map(() => equal)
      : span.map((d) => d + (arc - total) / span.length)
  }
  const bounds = [...anchors, n]
  const parts = anchors.map((from, j) =>
    spread(from, bounds[j + 1] ?? n, perimeter / anchors.length),
  )
  const steps = parts.every((part) => part !== null) ? parts.flat() : spread(0, n, perimeter)
  if (!steps) return null
  let at = 0
  return steps.map((step) => {
    // Interpolate between the two samples either side of this arc length.
    const k = Math.min(SAMPLES, Math.max(1, bisectRight(lengths, at)))
    const span = (lengths[k] ?? 0) - (lengths[k - 1] ?? 0) || 1
    const f = (at - (lengths[k - 1] ?? 0)) / span
    at += step
    const x0 = xs[k - 1] ?? 0
    const y0 = ys[k - 1] ?? 0
    return { x: x0 + ((xs[k] ?? x0) - x0) * f, y: y0 + ((ys[k] ?? y0) - y0) * f }
  })
}
