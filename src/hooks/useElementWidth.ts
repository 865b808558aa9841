import { useLayoutEffect, useState } from 'react'

/**
 * Measures an element's width and follows resizes. Returns a callback ref (so an element that
 * is unmounted and mounted again, e.g. when switching views, is observed again), the width
 * (`fallback` until measured) and the element itself. While `active` is false nothing is
 * measured: a chart whose drawing does not depend on its width then forces no layout and no
 * second render while it hydrates.
 */
export function useElementWidth<T extends HTMLElement>(
  fallback = 720,
  active = true,
): [(element: T | null) => void, number, T | null] {
  const [element, setElement] = useState<T | null>(null)
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    if (!element || !active) return
    const measure = (value: number) => {
      // A hidden or detached element measures 0; keep the last real width instead.
      if (value > 0) setWidth(Math.round(value))
    }
    measure(element.getBoundingClientRect().width)
    const observer = new ResizeObserver(([entry]) => measure(entry?.contentRect.width ?? 0))
    observer.observe(element)
    return () => observer.disconnect()
  }, [element, active])
  return [setElement, width, element]
}
