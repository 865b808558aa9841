/** One step of an SVG `transform` list that the PNG renderer can apply. */
export type TransformStep =
  | { kind: 'translate'; x: number; y: number }
  | { kind: 'rotate'; degrees: number; cx: number; cy: number }
  | { kind: 'scale'; x: number; y: number }

const FUNCTION = /\s*([a-zA-Z]+)\s*\(([^()]*)\)\s*,?\s*/y

/**
 * Parses an SVG `transform` attribute made of translate, rotate and scale; `[]` when there is
 * none, `null` when it holds anything else (matrix, skewX, skewY, malformed text), so a caller
 * can skip an element rather than draw it in the wrong place.
 */
export function parseTransform(text: string | null): TransformStep[] | null {
  const steps: TransformStep[] = []
  if (text === null) return steps
  let index = text.search(/\S|$/)
  while (index < text.length) {
    FUNCTION.lastIndex = index
    const match = FUNCTION.exec(text)
    if (!match) return null
    index = FUNCTION.lastIndex
    const args = (match[2] ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number)
    if (args.some((n) => !Number.isFinite(n))) return null
    const step = toStep(match[1] ?? '', args)
    if (!step) return null
    steps.push(step)
  }
  return steps
}

function toStep(name: string, [a, b, c, ...rest]: number[]): TransformStep | null {
  if (a === undefined || rest.length > 0) return null
  if (name === 'translate' && c === undefined) return { kind: 'translate', x: a, y: b ?? 0 }
  if (name === 'scale' && c === undefined) return { kind: 'scale', x: a, y: b ?? a }
  if (name === 'rotate' && (b === undefined) === (c === undefined))
    return { kind: 'rotate', degrees: a, cx: b ?? 0, cy: c ?? 0 }
  return null
}

/** Parses a `viewBox` ("minX minY width height"); `null` when absent or not four numbers with a positive size. */
export function parseViewBox(
  text: string | null,
): { x: number; y: number; width: number; height: number } | null {
  const n = (text ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number)
  if (n.length !== 4 || n.some((v) => !Number.isFinite(v))) return null
  const [x = 0, y = 0, width = 0, height = 0] = n
  return width > 0 && height > 0 ? { x, y, width, height } : null
}
