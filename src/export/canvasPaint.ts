import type { Paint } from './svgPaint.ts'

/** Either kind of 2D context: the renderer uses only what both have. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D

/** Sets the context's stroke from a paint: colour, alpha, width, caps, joins and dashes. */
export function setStroke(ctx: Context2D, paint: Paint): void {
  ctx.globalAlpha = paint.alpha * paint.strokeOpacity
  ctx.strokeStyle = paint.stroke ?? 'transparent'
  ctx.lineWidth = paint.strokeWidth
  ctx.lineCap = paint.lineCap
  ctx.lineJoin = paint.lineJoin
  ctx.setLineDash(paint.dash)
}

/** A length attribute in user units (px or unitless); 0 when absent or unreadable (% included). */
export function lengthAttribute(el: Element, key: string): number {
  const text = el.getAttribute(key) ?? ''
  const value = Number.parseFloat(text)
  return Number.isFinite(value) && !text.endsWith('%') ? value : 0
}
