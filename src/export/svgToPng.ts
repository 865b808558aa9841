import type { Context2D } from './canvasPaint.ts'
import { drawSvg, viewportSize } from './drawSvg.ts'

/** Canvas sides beyond this fail in some browsers; refuse instead of returning a blank image. */
const MAX_SIDE = 16_384

/**
 * Renders SVG text to a PNG blob (browser only) by drawing it on a canvas ourselves: the
 * page's CSP (`default-src 'self'`) blocks the usual route of loading the SVG into an <img>
 * from a blob: or data: URL. So this is a small renderer for what our exports contain, not
 * a general SVG engine.
 *
 * Supported: <svg> (root and nested: x, y, width, height, viewBox with the default
 * xMidYMid meet, clipping unless overflow="visible"), <g>, <a>, <rect> (rx/ry), <circle>,
 * <ellipse>, <line>, <polyline>, <polygon>, <path> (via Path2D), <text> with direct <tspan>s
 * (x, y, dx, dy; text-anchor per chunk, as in SVG); transform with translate, rotate,
 * scale; presentation attributes or inline style
 * declarations for fill, stroke, their opacities, fill-rule, stroke-width/-dasharray/-linecap/
 * -linejoin, opacity, color/currentColor, font-family/-size/-weight/-style, text-anchor,
 * dominant-baseline, paint-order (stroke first or not), display="none", visibility="hidden".
 *
 * End markers (`marker-end`, orient auto or an angle, on lines and on paths of absolute M/L/Q/C/Z
 * commands).
 *
 * Not supported (left out, never guessed): start and mid markers, gradients and
 * patterns (url() paints draw nothing), clip-path, mask, filter, <use>, <symbol>, <image>,
 * <foreignObject>, <textPath>; <style> sheets and classes (standaloneSvg inlines styles as
 * attributes for this reason); matrix and skew transforms (the element is skipped); units
 * other than px and percentages (read as 0); preserveAspectRatio other than the default;
 * letter-spacing, text-decoration, right-to-left and vertical text, nested tspans, and a
 * tspan with a y but no x (it restarts at the chunk's x, not where the text ended). Group
 * opacity is approximated by multiplying alphas, so overlapping children of a translucent
 * group darken where a browser would not. Web fonts draw only if the page has already loaded them.
 */
export async function svgToPngBlob(svgText: string, scale = 2): Promise<Blob> {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml')
  const root = doc.documentElement
  if (doc.getElementsByTagName('parsererror').length > 0 || root.localName !== 'svg')
    throw new Error('svgToPngBlob: the text is not a well-formed SVG document')
  const { width, height } = viewportSize(root)
  const [w, h] = [Math.ceil(width * scale), Math.ceil(height * scale)]
  if (!(scale > 0) || w > MAX_SIDE || h > MAX_SIDE)
    throw new Error(`svgToPngBlob: cannot draw ${width} × ${height} at scale ${scale}`)
  const canvas = createCanvas(w, h)
  const ctx = canvas.getContext('2d') as Context2D | null
  if (!ctx) throw new Error('svgToPngBlob: no 2D canvas context is available')
  ctx.scale(scale, scale)
  drawSvg(ctx, root)
  return toPng(canvas)
}

function createCanvas(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  return canvas
}

function toPng(canvas: OffscreenCanvas | HTMLCanvasElement): Promise<Blob> {
  if (!('toBlob' in canvas)) return canvas.convertToBlob({ type: 'image/png' })
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('svgToPngBlob: the canvas gave no PNG'))),
      'image/png',
    ),
  )
}
