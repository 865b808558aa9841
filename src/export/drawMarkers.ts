import type { Context2D } from './canvasPaint.ts'
import { parseViewBox } from './svgTransform.ts'

/** Where a shape ends and which way it points there: what an end marker is placed by. */
export type ShapeEnd = { x: number; y: number; angle: number }

const num = (el: Element, key: string) => Number.parseFloat(el.getAttribute(key) ?? '') || 0

/**
 * The end of a `<line>`, or of a `<path>` made of absolute M, L, Q, C and Z commands (what the
 * charts draw); `null` for anything else, so a marker is left out rather than misplaced.
 */
export function shapeEnd(el: Element): ShapeEnd | null {
  if (el.localName === 'line') {
    const [x1, y1, x2, y2] = [num(el, 'x1'), num(el, 'y1'), num(el, 'x2'), num(el, 'y2')]
    return x1 === x2 && y1 === y2 ? null : { x: x2, y: y2, angle: Math.atan2(y2 - y1, x2 - x1) }
  }
  if (el.localName !== 'path') return null
  const tokens = (el.getAttribute('d') ?? '').match(/[A-Za-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? []
  let from: [number, number] = [0, 0]
  let at: [number, number] = [0, 0]
  let start: [number, number] = [0, 0]
  let command = ''
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] ?? ''
    if (/[A-Za-z]/.test(token)) {
      command = token
      i += 1
      if (command === 'Z') [from, at] = [at, start]
      continue
    }
    const take = (n: number) => tokens.slice(i, i + n).map(Number)
    const sizes: Record<string, number> = { M: 2, L: 2, Q: 4, C: 6 }
    const size = sizes[command]
    if (size === undefined) return null // relative or other commands: not supported
    const values = take(size)
    if (values.length < size || values.some((v) => !Number.isFinite(v))) return null
    const end: [number, number] = [values[size - 2] ?? 0, values[size - 1] ?? 0]
    // The tangent at the end comes from the last control point (or the previous point).
    from = size > 2 ? [values[size - 4] ?? 0, values[size - 3] ?? 0] : at
    if (command === 'M') start = end
    at = end
    if (command === 'M') command = 'L' // further pairs after M are lines
    i += size
  }
  const [dx, dy] = [at[0] - from[0], at[1] - from[1]]
  return dx === 0 && dy === 0 ? null : { x: at[0], y: at[1], angle: Math.atan2(dy, dx) }
}

/** The `<marker>` a shape's `marker-end` points to (`url(#id)`), found in the drawn document. */
export function endMarker(el: Element, root: Element): Element | null {
  const reference = el.getAttribute('marker-end') ?? ''
  const id = /^url\(\s*#([\w-]+)\s*\)$/.exec(reference.trim())?.[1]
  if (!id) return null
  const marker = [...root.getElementsByTagName('marker')].find((m) => m.id === id)
  return marker ?? null
}

/**
 * Moves the context into a marker's own coordinates at a shape's end: rotated with the shape
 * (orient auto), scaled by the stroke width (markerUnits strokeWidth) and the marker's viewBox,
 * with its refX/refY on the end point. The caller draws the marker's children, then restores.
 */
export function enterMarker(ctx: Context2D, marker: Element, end: ShapeEnd, strokeWidth: number) {
  const width = num(marker, 'markerWidth') || 3
  const height = num(marker, 'markerHeight') || 3
  const box = parseViewBox(marker.getAttribute('viewBox')) ?? { x: 0, y: 0, width, height }
  const scale = Math.min(width / box.width, height / box.height)
  const units = marker.getAttribute('markerUnits') === 'userSpaceOnUse' ? 1 : strokeWidth
  const fixedAngle = Number.parseFloat(marker.getAttribute('orient') ?? '')
  ctx.translate(end.x, end.y)
  ctx.rotate(Number.isFinite(fixedAngle) ? (fixedAngle * Math.PI) / 180 : end.angle)
  ctx.scale(units * scale, units * scale)
  ctx.translate(-num(marker, 'refX') - box.x, -num(marker, 'refY') - box.y)
}
