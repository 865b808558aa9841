import { type ExportFrame, frameLayout } from './frameLayout.ts'
import { inlineComputedStyles } from './inlineComputedStyles.ts'
import { stripAttributes } from './stripAttributes.ts'
import { xmlSafeText } from './xmlSafeText.ts'

const SVG_NS = 'http://www.w3.org/2000/svg'

/**
 * A self-contained SVG file of a chart on the page (browser only): the chart with its
 * computed styles inlined, a title above and the source line and credits below, on the page
 * background. All text goes in as DOM text nodes and is escaped by XMLSerializer.
 */
export function standaloneSvg(svg: SVGSVGElement, frame: ExportFrame): string {
  const doc = svg.ownerDocument
  const view = doc.defaultView
  if (!view) throw new Error('standaloneSvg: the chart is not in a displayed document')
  const chart = svg.cloneNode(true) as SVGSVGElement
  inlineComputedStyles(svg, chart, view)
  stripAttributes(chart)

  const size = chartSize(svg)
  const layout = frameLayout(size.width, size.height, frame)
  const page = view.getComputedStyle(svg)
  const make = (name: string, attributes: Record<string, string | number>) => {
    const element = doc.createElementNS(SVG_NS, name)
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value))
    return element
  }

  const root = make('svg', {
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    'font-family': page.fontFamily,
  })
  // XMLSerializer adds it for an SVG-namespace root too; set it so the file never depends on that.
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS)
  const title = make('title', {})
  title.textContent = xmlSafeText(frame.title)
  root.append(
    title,
    make('rect', {
      // Numbers, not 100%: svgToPngBlob reads no percentages.
      width: layout.width,
      height: layout.height,
      fill: pageBackground(svg, view),
    }),
  )
  const muted = page.getPropertyValue('--muted').trim() || page.color
  for (const line of layout.lines) {
    const text = make('text', {
      x: line.x,
      y: line.y,
      'font-size': line.fontSize,
      'font-weight': line.bold ? 'bold' : 'normal',
      fill: line.muted ? muted : page.color,
    })
    text.textContent = xmlSafeText(line.text)
    root.append(text)
  }
  for (const [key, value] of Object.entries(layout.chart)) chart.setAttribute(key, String(value))
  root.append(chart)
  return new XMLSerializer().serializeToString(root)
}

/** The chart's size in its own user units: its viewBox, else its rendered box. */
function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height }
  const rect = svg.getBoundingClientRect()
  return { width: Math.round(rect.width), height: Math.round(rect.height) }
}

/** The page's `--bg`, else the first opaque background up the tree, else white. */
function pageBackground(svg: SVGSVGElement, view: Window): string {
  const custom = view.getComputedStyle(svg).getPropertyValue('--bg').trim()
  if (custom !== '') return custom
  for (let node: Element | null = svg; node; node = node.parentElement) {
    const colour = view.getComputedStyle(node).backgroundColor
    if (colour !== '' && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') return colour
  }
  return '#ffffff'
}
