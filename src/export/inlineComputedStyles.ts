/**
 * Computed properties written onto the export as presentation attributes. All of them
 * inherit, so a value is written only where it differs from the parent's.
 */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const

/** Elements that are never drawn themselves: a browser may report them as `display: none`. */
const NOT_RENDERED = new Set([
  'defs',
  'marker',
  'clipPath',
  'mask',
  'pattern',
  'linearGradient',
  'radialGradient',
  'symbol',
  'filter',
  'title',
  'desc',
  'metadata',
])
/** Page machinery that has no place in a standalone file (its styles are inlined instead). */
const DROPPED = new Set(['script', 'style'])

/**
 * Copies the computed styles of `original` and its descendants onto the same elements of
 * `clone` (a deep clone of it), and removes from the clone what is not drawn: elements whose
 * computed `display` is `none`, scripts and style sheets. Reads the page, writes only the clone.
 */
export function inlineComputedStyles(original: Element, clone: Element, view: Window): void {
  const removed: Element[] = []
  const walk = (
    from: Element,
    to: Element,
    parent: CSSStyleDeclaration | null,
    inDefs: boolean,
  ) => {
    if (DROPPED.has(from.localName)) return void removed.push(to)
    const style = view.getComputedStyle(from)
    const defs = inDefs || NOT_RENDERED.has(from.localName)
    if (!defs && style.display === 'none') return void removed.push(to)
    for (const name of INLINED_PROPERTIES) {
      const value = style.getPropertyValue(name)
      if (value !== '' && value !== parent?.getPropertyValue(name)) to.setAttribute(name, value)
    }
    // Opacity does not inherit (it composes), so it is written wherever it is not the default.
    if (style.opacity !== '' && style.opacity !== '1') to.setAttribute('opacity', style.opacity)
    // cloneNode(true) copied the tree as it is, so element children line up one to one.
    for (let i = 0; i < from.children.length; i++) {
      const a = from.children[i]
      const b = to.children[i]
      if (a && b) walk(a, b, style, defs)
    }
  }
  walk(original, clone, null, false)
  // Removed only after the walk, so the two trees stay aligned while it runs.
  for (const element of removed) element.remove()
}
