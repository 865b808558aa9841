import { useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * For a part CSS may hide (display: none, as the matrix's unused orientation is): returns a
 * callback ref for the part's element and the props to draw it with. While the element is
 * rendered, or `hold` is false, those are `props`; while it is hidden, the props it last
 * showed, so a memoised part skips every re-render. One ResizeObserver watches the element: a
 * hidden element reports 0 × 0, and its callback runs before the frame is painted, so a part
 * that a resize shows is drawn from the latest props before anyone sees it. Printing shows
 * both: each is drawn current first.
 */
export function useHeldWhileHidden<P, E extends Element>(
  props: P,
  hold: boolean,
): [(element: E | null) => void, P] {
  const [element, setElement] = useState<E | null>(null)
  // Shown until told otherwise: the first render (and hydration) draws every part.
  const [shown, setShown] = useState(true)
  // Known from the moment the element is in place, before the observer's first report: a click
  // in that frame must not pass new props to a hidden part (hydrated later, see MatrixStage).
  const holding = useRef(hold)
  holding.current = hold
  const observe = useCallback((next: E | null) => {
    setElement(next)
    if (next && holding.current) setShown(next.getClientRects().length > 0)
  }, [])
  useEffect(() => {
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect
      setShown(!!box && (box.width > 0 || box.height > 0))
    })
    observer.observe(element)
    // Print media may show the other orientation, and no resize is reported before printing.
    const beforePrint = () => flushSync(() => setShown(true))
    const afterPrint = () => setShown(element.getClientRects().length > 0)
    window.addEventListener('beforeprint', beforePrint)
    window.addEventListener('afterprint', afterPrint)
    return () => {
      observer.disconnect()
      window.removeEventListener('beforeprint', beforePrint)
      window.removeEventListener('afterprint', afterPrint)
    }
  }, [element])
  const held = useRef(props)
  // Kept during render on purpose: the props drawn last are the ones to keep.
  if (shown || !hold) held.current = props
  return [observe, held.current]
}
