import { useEffect, useState } from 'react'

/** A scrolling element's visible box, in its content's pixels. */
export type ScrollViewport = { left: number; top: number; width: number; height: number }

/**
 * The visible part of a scrolling element's content, following scrolls (at most once per
 * frame) and resizes. `null` while `enabled` is false or before the element exists.
 */
export function useScrollViewport(
  element: HTMLElement | null,
  enabled: boolean,
): ScrollViewport | null {
  const [viewport, setViewport] = useState<ScrollViewport | null>(null)
  useEffect(() => {
    if (!element || !enabled) {
      setViewport(null)
      return
    }
    let frame = 0
    const read = () => {
      frame = 0
      // Right to left, scrollLeft counts from the right edge, at 0 or below (CSSOM View).
      const rtl = getComputedStyle(element).direction === 'rtl'
      const left = rtl
        ? element.scrollWidth - element.clientWidth + element.scrollLeft
        : element.scrollLeft
      setViewport((last) => {
        const next = {
          left,
          top: element.scrollTop,
          width: element.clientWidth,
          height: element.clientHeight,
        }
        const same =
          last &&
          last.left === next.left &&
          last.top === next.top &&
          last.width === next.width &&
          last.height === next.height
        return same ? last : next
      })
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(read)
    }
    read()
    element.addEventListener('scroll', schedule, { passive: true })
    const observer = new ResizeObserver(schedule)
    observer.observe(element)
    return () => {
      cancelAnimationFrame(frame)
      element.removeEventListener('scroll', schedule)
      observer.disconnect()
    }
  }, [element, enabled])
  return viewport
}
