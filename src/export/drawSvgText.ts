import { type Context2D, lengthAttribute, setStroke } from './canvasPaint.ts'
import { type Paint, readPaint } from './svgPaint.ts'

const BASELINES: Record<string, CanvasTextBaseline> = {
  middle: 'middle',
  central: 'middle',
  mathematical: 'middle',
  hanging: 'hanging',
  'text-before-edge': 'top',
  'text-top': 'top',
  'text-after-edge': 'bottom',
  'text-bottom': 'bottom',
  ideographic: 'ideographic',
}
/** How far back from its x an anchored chunk starts, as a share of its width. */
const ANCHOR_SHIFT: Record<string, number> = { middle: 0.5, end: 1 }

/** A stretch of text in one style, shifted by its tspan's dx/dy from where the last one ended. */
type Run = { text: string; paint: Paint; dx: number; dy: number }
/** Runs that flow on from one another; a tspan with an absolute x or y starts a new chunk. */
type Chunk = { x: number; y: number; anchor: string; runs: Run[] }

/**
 * Draws a `<text>` and its direct `<tspan>`s. As in SVG, text-anchor applies to a whole chunk,
 * so runs of different styles stay side by side around the anchor.
 */
export function drawText(ctx: Context2D, el: Element, paint: Paint): void {
  for (const chunk of chunks(el, paint)) {
    const widths = chunk.runs.map((run) => run.dx + measure(ctx, run))
    const total = widths.reduce((sum, width) => sum + width, 0)
    let x = chunk.x - total * (ANCHOR_SHIFT[chunk.anchor] ?? 0)
    let y = chunk.y
    chunk.runs.forEach((run, i) => {
      y += run.dy
      drawRun(ctx, run, x + run.dx, y)
      x += widths[i] ?? 0
    })
  }
}

function chunks(el: Element, paint: Paint): Chunk[] {
  const at = (node: Element, key: 'x' | 'y', fallback: number) =>
    node.hasAttribute(key) ? lengthAttribute(node, key) : fallback
  let chunk: Chunk = {
    x: lengthAttribute(el, 'x') + lengthAttribute(el, 'dx'),
    y: lengthAttribute(el, 'y') + lengthAttribute(el, 'dy'),
    anchor: paint.textAnchor,
    runs: [],
  }
  const all = [chunk]
  for (const node of el.childNodes) {
    if (node.nodeType === node.TEXT_NODE)
      chunk.runs.push({ text: node.nodeValue ?? '', paint, dx: 0, dy: 0 })
    if (!(node instanceof Element) || node.localName !== 'tspan') continue
    const own = readPaint(node, paint)
    if (node.hasAttribute('x') || node.hasAttribute('y')) {
      // A tspan without an absolute x would continue where the last chunk ended; this
      // renderer restarts it at the text's x instead (documented in svgToPng.ts).
      const y = at(node, 'y', chunk.y + chunk.runs.reduce((sum, run) => sum + run.dy, 0))
      chunk = { x: at(node, 'x', chunk.x), y, anchor: own.textAnchor, runs: [] }
      all.push(chunk)
    }
    const dx = lengthAttribute(node, 'dx')
    const dy = lengthAttribute(node, 'dy')
    chunk.runs.push({ text: node.textContent ?? '', paint: own, dx, dy })
  }
  return all
}

/** Sets the run's font and returns its advance width. */
function measure(ctx: Context2D, run: Run): number {
  const { fontStyle, fontWeight, fontSize, fontFamily } = run.paint
  ctx.font = `${fontStyle} ${fontWeight} ${fontSize}px ${fontFamily}`
  return ctx.measureText(collapse(run.text)).width
}

/** SVG's default white-space handling, roughly: every run of white space is one space. */
const collapse = (text: string) => text.replace(/\s+/g, ' ')

function drawRun(ctx: Context2D, run: Run, x: number, y: number): void {
  const text = collapse(run.text)
  const { paint } = run
  if (text.trim() === '') return
  measure(ctx, run) // sets the font
  ctx.textAlign = 'left'
  ctx.textBaseline = BASELINES[paint.baseline] ?? 'alphabetic'
  const fill = () => {
    if (!paint.fill) return
    ctx.globalAlpha = paint.alpha * paint.fillOpacity
    ctx.fillStyle = paint.fill
    ctx.fillText(text, x, y)
  }
  const stroke = () => {
    if (!paint.stroke || paint.strokeWidth <= 0) return
    setStroke(ctx, paint)
    ctx.strokeText(text, x, y)
  }
  if (paint.strokeFirst) stroke()
  fill()
  if (!paint.strokeFirst) stroke()
}
