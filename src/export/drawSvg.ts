import { type Context2D, lengthAttribute, setStroke } from './canvasPaint.ts'
import { endMarker, enterMarker, shapeEnd } from './drawMarkers.ts'
import { drawText } from './drawSvgText.ts'
import { INITIAL_PAINT, type Paint, readPaint } from './svgPaint.ts'
import { parseTransform, parseViewBox } from './svgTransform.ts'

const SHAPES = new Set(['rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path'])

/** The size an `<svg>` element draws at: its width and height, else its viewBox, else 300 × 150. */
export function viewportSize(svg: Element): { width: number; height: number } {
  const box = parseViewBox(svg.getAttribute('viewBox'))
  const size = (name: 'width' | 'height', fallback: number) => {
    const value = Number.parseFloat(svg.getAttribute(name) ?? '')
    return Number.isFinite(value) && value > 0 && !svg.getAttribute(name)?.endsWith('%')
      ? value
      : fallback
  }
  return { width: size('width', box?.width ?? 300), height: size('height', box?.height ?? 150) }
}

/** Draws an `<svg>` root and everything under it that the renderer supports (see svgToPng.ts). */
export function drawSvg(ctx: Context2D, root: Element): void {
  drawElement(ctx, root, INITIAL_PAINT, root, true)
}

function drawElement(
  ctx: Context2D,
  element: Element,
  parent: Paint,
  root: Element,
  isRoot = false,
): void {
  const name = element.localName
  const drawable = name === 'svg' || name === 'g' || name === 'a' || name === 'text'
  if (!drawable && !SHAPES.has(name)) return // defs, markers, title, image, use, foreignObject…
  const hidden = (key: string, value: string) =>
    (readStyle(element, key) ?? element.getAttribute(key))?.trim() === value
  if (hidden('display', 'none') || hidden('visibility', 'hidden')) return
  const steps = parseTransform(element.getAttribute('transform'))
  if (steps === null) return // a transform it cannot apply: leave out rather than misplace
  const paint = readPaint(element, parent)
  ctx.save()
  for (const step of steps) {
    if (step.kind === 'translate') ctx.translate(step.x, step.y)
    else if (step.kind === 'scale') ctx.scale(step.x, step.y)
    else {
      ctx.translate(step.cx, step.cy)
      ctx.rotate((step.degrees * Math.PI) / 180)
      ctx.translate(-step.cx, -step.cy)
    }
  }
  if (name === 'svg') enterViewport(ctx, element, isRoot)
  if (name === 'text') drawText(ctx, element, paint)
  else if (SHAPES.has(name)) {
    drawShape(ctx, element, paint)
    drawEndMarker(ctx, element, paint, root)
  } else for (const child of element.children) drawElement(ctx, child, paint, root)
  ctx.restore()
}

/** An arrowhead and the like: the shape's `marker-end`, drawn at its end and turned with it. */
function drawEndMarker(ctx: Context2D, shape: Element, paint: Paint, root: Element): void {
  const marker = endMarker(shape, root)
  const end = marker && shapeEnd(shape)
  if (!marker || !end) return
  // A marker's content inherits from where the marker is written (its defs), not from the shape.
  const chain: Element[] = []
  for (let at: Element | null = marker; at && at !== root.parentElement; at = at.parentElement)
    chain.unshift(at)
  const markerPaint = chain.reduce((inherited, el) => readPaint(el, inherited), INITIAL_PAINT)
  ctx.save()
  enterMarker(ctx, marker, end, paint.strokeWidth)
  for (const child of marker.children) drawElement(ctx, child, markerPaint, root)
  ctx.restore()
}

/** Moves into a nested `<svg>`: its x/y, a clip to its box, its viewBox (xMidYMid meet). */
function enterViewport(ctx: Context2D, svg: Element, isRoot: boolean): void {
  const { width, height } = viewportSize(svg)
  if (!isRoot) ctx.translate(lengthAttribute(svg, 'x'), lengthAttribute(svg, 'y'))
  if (svg.getAttribute('overflow') !== 'visible') {
    ctx.beginPath()
    ctx.rect(0, 0, width, height)
    ctx.clip()
  }
  const box = parseViewBox(svg.getAttribute('viewBox'))
  if (!box) return
  const scale = Math.min(width / box.width, height / box.height)
  ctx.translate((width - box.width * scale) / 2, (height - box.height * scale) / 2)
  ctx.scale(scale, scale)
  ctx.translate(-box.x, -box.y)
}

function drawShape(ctx: Context2D, el: Element, paint: Paint): void {
  const path = shapePath(el)
  if (!path) return
  const fill = () => {
    if (!paint.fill || el.localName === 'line') return
    ctx.globalAlpha = paint.alpha * paint.fillOpacity
    ctx.fillStyle = paint.fill
    ctx.fill(path, paint.fillRule)
  }
  const stroke = () => {
    if (!paint.stroke || paint.strokeWidth <= 0) return
    setStroke(ctx, paint)
    ctx.stroke(path)
  }
  if (paint.strokeFirst) stroke()
  fill()
  if (!paint.strokeFirst) stroke()
}

function shapePath(el: Element): Path2D | null {
  const n = (key: string) => lengthAttribute(el, key)
  const path = new Path2D()
  switch (el.localName) {
    case 'rect': {
      const [w, h] = [n('width'), n('height')]
      if (w <= 0 || h <= 0) return null
      const rx = Math.min(w / 2, el.hasAttribute('rx') ? n('rx') : n('ry'))
      const ry = Math.min(h / 2, el.hasAttribute('ry') ? n('ry') : n('rx'))
      if (rx > 0 && ry > 0) path.roundRect(n('x'), n('y'), w, h, [{ x: rx, y: ry }])
      else path.rect(n('x'), n('y'), w, h)
      return path
    }
    case 'circle':
      if (n('r') <= 0) return null
      path.arc(n('cx'), n('cy'), n('r'), 0, 2 * Math.PI)
      return path
    case 'ellipse':
      if (n('rx') <= 0 || n('ry') <= 0) return null
      path.ellipse(n('cx'), n('cy'), n('rx'), n('ry'), 0, 0, 2 * Math.PI)
      return path
    case 'line':
      path.moveTo(n('x1'), n('y1'))
      path.lineTo(n('x2'), n('y2'))
      return path
    case 'polyline':
    case 'polygon': {
      const points = (el.getAttribute('points') ?? '')
        .trim()
        .split(/[\s,]+/)
        .map(Number)
      for (let i = 0; i + 1 < points.length; i += 2)
        path[i === 0 ? 'moveTo' : 'lineTo'](points[i] ?? 0, points[i + 1] ?? 0)
      if (el.localName === 'polygon') path.closePath()
      return path
    }
    default:
      return new Path2D(el.getAttribute('d') ?? '')
  }
}

function readStyle(el: Element, key: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${key}\\s*:([^;]*)`, 'i').exec(
    el.getAttribute('style') ?? '',
  )
  return match?.[1] ?? null
}
