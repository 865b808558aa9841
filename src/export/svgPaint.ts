/** The styles the PNG renderer draws with, resolved down the tree like SVG inheritance. */
export type Paint = {
  /** A canvas colour, or `null` for none (also for `url(#…)` paints, which are unsupported). */
  fill: string | null
  stroke: string | null
  fillOpacity: number
  strokeOpacity: number
  fillRule: CanvasFillRule
  strokeWidth: number
  dash: number[]
  lineCap: CanvasLineCap
  lineJoin: CanvasLineJoin
  /** Group opacities multiplied together: an approximation of SVG group compositing. */
  alpha: number
  color: string
  fontFamily: string
  fontSize: number
  fontWeight: string
  fontStyle: string
  textAnchor: string
  baseline: string
  strokeFirst: boolean
}

/** SVG's initial values. */
export const INITIAL_PAINT: Paint = {
  fill: 'black',
  stroke: null,
  fillOpacity: 1,
  strokeOpacity: 1,
  fillRule: 'nonzero',
  strokeWidth: 1,
  dash: [],
  lineCap: 'butt',
  lineJoin: 'miter',
  alpha: 1,
  color: 'black',
  fontFamily: 'sans-serif',
  fontSize: 16,
  fontWeight: 'normal',
  fontStyle: 'normal',
  textAnchor: 'start',
  baseline: 'auto',
  strokeFirst: false,
}

/** An element's paint: its `style` declarations, else its presentation attributes, else the parent's. */
export function readPaint(element: Element, parent: Paint): Paint {
  const declared = styleDeclarations(element.getAttribute('style'))
  const read = (name: string) => {
    const value = (declared.get(name) ?? element.getAttribute(name))?.trim()
    return value === undefined || value === '' || value === 'inherit' ? null : value
  }
  const color = read('color') ?? parent.color
  const paint = (name: string, inherited: string | null) => {
    const value = read(name)
    if (value === null) return inherited
    if (value === 'none' || value.startsWith('url(')) return null
    return value === 'currentColor' ? color : value
  }
  const number = (name: string, inherited: number) => {
    const value = Number.parseFloat(read(name) ?? '')
    return Number.isFinite(value) ? value : inherited
  }
  const one = <T extends string>(name: string, allowed: readonly T[], inherited: T) =>
    (allowed as readonly (string | null)[]).includes(read(name)) ? (read(name) as T) : inherited
  return {
    fill: paint('fill', parent.fill),
    stroke: paint('stroke', parent.stroke),
    fillOpacity: number('fill-opacity', parent.fillOpacity),
    strokeOpacity: number('stroke-opacity', parent.strokeOpacity),
    fillRule: one('fill-rule', ['nonzero', 'evenodd'], parent.fillRule),
    strokeWidth: number('stroke-width', parent.strokeWidth),
    dash: read('stroke-dasharray') === null ? parent.dash : dashes(read('stroke-dasharray') ?? ''),
    lineCap: one('stroke-linecap', ['butt', 'round', 'square'], parent.lineCap),
    lineJoin: one('stroke-linejoin', ['miter', 'round', 'bevel'], parent.lineJoin),
    alpha: parent.alpha * number('opacity', 1),
    color,
    fontFamily: read('font-family') ?? parent.fontFamily,
    fontSize: number('font-size', parent.fontSize),
    fontWeight: read('font-weight') ?? parent.fontWeight,
    fontStyle: read('font-style') ?? parent.fontStyle,
    textAnchor: read('text-anchor') ?? parent.textAnchor,
    baseline: read('dominant-baseline') ?? parent.baseline,
    strokeFirst: (read('paint-order') ?? (parent.strokeFirst ? 'stroke' : 'normal')).startsWith(
      'stroke',
    ),
  }
}

/** `3px, 2px` → [3, 2]; `none`, negative or all-zero lists → solid. */
function dashes(text: string): number[] {
  if (text === 'none') return []
  const values = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number.parseFloat)
  const valid = values.every((v) => Number.isFinite(v) && v >= 0) && values.some((v) => v > 0)
  return valid ? values : []
}

/** `fill: red; stroke-width: 2` → a map; enough for the declarations a chart writes inline. */
function styleDeclarations(style: string | null): Map<string, string> {
  const map = new Map<string, string>()
  for (const declaration of (style ?? '').split(';')) {
    const colon = declaration.indexOf(':')
    if (colon > 0)
      map.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1))
  }
  return map
}
