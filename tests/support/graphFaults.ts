import type { GraphLayout } from '../../src/charts/conflict-graph/layout.ts'

type Box = { left: number; top: number; right: number; bottom: number }
type Point = { x: number; y: number }

/** An arrow's curve ("M x,y Q cx,cy x,y") as points every 1/40 of the way. */
function curvePoints(path: string): Point[] {
  const [x1, y1, cx, cy, x2, y2] = (path.match(/-?[\d.]+/g) ?? []).map(Number)
  if ([x1, y1, cx, cy, x2, y2].some((n) => n === undefined)) throw new Error(`not a curve: ${path}`)
  return Array.from({ length: 41 }, (_, i) => {
    const t = i / 40
    const u = 1 - t
    return {
      x: u * u * (x1 ?? 0) + 2 * u * t * (cx ?? 0) + t * t * (x2 ?? 0),
      y: u * u * (y1 ?? 0) + 2 * u * t * (cy ?? 0) + t * t * (y2 ?? 0),
    }
  })
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
/** Two labels' boxes (halo included) nearer than this read as one label of two lines. */
const APART = 6
const grown = (b: Box, m: number): Box => ({
  left: b.left - m,
  top: b.top - m,
  right: b.right + m,
  bottom: b.bottom + m,
})

/**
 * What is wrong with a laid-out graph by its own boxes, one line each: two labels that overlap
 * or sit so near that they read as one, a label nearer than `clearance` px to a disc, an arrow
 * through a label (a marker's own arrow excepted), a label past the drawing's edge, an arrow's
 * label nearer another arrow than its own. Empty when the layout keeps its promise.
 */
export function graphFaults(layout: GraphLayout, clearance = 3): string[] {
  const labels = [
    ...layout.nodes.map((n) => ({
      name: n.label.lines[0]?.text ?? n.partyId,
      box: n.label.box,
      own: '',
      key: false,
    })),
    ...layout.relations.flatMap((r, i) => [
      ...(r.label
        ? [
            {
              name: r.label.lines.map((l) => l.text).join(' '),
              box: r.label.box,
              own: '',
              key: false,
            },
          ]
        : []),
      ...(r.marker
        ? [
            {
              name: `marker ${r.marker.number}`,
              box: {
                left: r.marker.x - 8,
                right: r.marker.x + 8,
                top: r.marker.y - 8,
                bottom: r.marker.y + 8,
              },
              own: String(i),
              key: false,
            },
          ]
        : []),
    ]),
    ...layout.key.map((k) => ({ name: `key ${k.number}`, box: k.text.box, own: '', key: true })),
  ]
  const arrows = layout.relations.map((r) => curvePoints(r.path))
  const faults: string[] = []
  for (const [i, a] of labels.entries()) {
    const { left, top, right, bottom } = a.box
    if (left < 0 || top < 0 || right > layout.width || bottom > layout.height)
      faults.push(`${a.name} passes the edge`)
    for (const b of labels.slice(i + 1))
      if (overlap(a.box, b.box)) faults.push(`${a.name} overlaps ${b.name}`)
      // The key's rows are a list, one under the other by design.
      else if (!(a.key && b.key) && overlap(grown(a.box, APART), b.box))
        faults.push(`${a.name} and ${b.name} are so near they read as one`)
    for (const n of layout.nodes) {
      const dx = Math.max(left - n.x, 0, n.x - right)
      const dy = Math.max(top - n.y, 0, n.y - bottom)
      if (Math.hypot(dx, dy) < n.r + clearance) faults.push(`${a.name} touches ${n.partyId}`)
    }
    for (const [j, points] of arrows.entries()) {
      if (a.own === String(j)) continue
      // The head, a triangle 12 px long and 12 px wide at its base: round each point of the
      // last 12 px, a disc as wide as the head is there (as the browser test has it).
      const tip = points.at(-1) ?? { x: 0, y: 0 }
      const room = (p: Point) => {
        const back = Math.hypot(p.x - tip.x, p.y - tip.y)
        return back < 12.5 ? back / 2 : 0
      }
      const hit = (p: Point) =>
        p.x + room(p) > left &&
        p.x - room(p) < right &&
        p.y + room(p) > top &&
        p.y - room(p) < bottom
      if (points.some(hit)) faults.push(`arrow ${j} runs through ${a.name}`)
    }
  }
  // An arrow's label is read as the label of the arrow nearest its middle: that must be its own.
  for (const [i, r] of layout.relations.entries()) {
    if (!r.label) continue
    const { left, top, right, bottom } = r.label.box
    const middle = { x: (left + right) / 2, y: (top + bottom) / 2 }
    const own = distanceTo(middle, arrows[i] ?? [])
    for (const [j, points] of arrows.entries())
      if (j !== i && distanceTo(middle, points) <= own)
        faults.push(
          `${r.label.lines.map((l) => l.text).join(' ')} lies nearer arrow ${j} than its own`,
        )
  }
  return faults
}

/** The distance from a point to a line through `points`. */
function distanceTo(p: Point, points: readonly Point[]): number {
  let nearest = Number.POSITIVE_INFINITY
  for (const [k, b] of points.entries()) {
    const a = points[k - 1]
    if (!a) continue
    const [dx, dy] = [b.x - a.x, b.y - a.y]
    const t = Math.max(
      0,
      Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)),
    )
    nearest = Math.min(nearest, Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y))
  }
  return nearest
}
