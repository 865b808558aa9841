import { heightMessages } from './heightMessages.ts'

/**
 * Posts the height of `element` to the parent window whenever it changes (ResizeObserver, no
 * polling). It measures the content, not the viewport, so a frame resized to fit does not
 * report itself again: heights shrink as well as grow without a feedback loop.
 */
export function startHeightReporter(
  element: HTMLElement,
  childId: string | null,
  embedId: string,
): () => void {
  if (window.parent === window) return () => {}
  let last = -1
  const report = () => {
    const height = Math.ceil(element.getBoundingClientRect().height)
    if (height === last) return
    last = height
    // Height is not secret and the host's origin is unknown in advance, hence '*'.
    for (const message of heightMessages(height, childId, embedId))
      window.parent.postMessage(message, '*')
  }
  const observer = new ResizeObserver(report)
  observer.observe(element)
  report()
  return () => observer.disconnect()
}
