import { useEffect } from 'react'

/**
 * Runs each job in an idle period of its own, in order, after the render that passed them;
 * a new list (or unmounting) drops what has not run yet. For work a reader may soon ask for,
 * done ahead so their click finds it ready. Memoize the list: each new array starts over.
 */
export function useIdleQueue(jobs: readonly (() => void)[]): void {
  useEffect(() => {
    let index = 0
    let cancel = () => {}
    const next = () => {
      jobs[index++]?.()
      if (index < jobs.length) cancel = whenIdle(next)
    }
    if (jobs.length > 0) cancel = whenIdle(next)
    return () => cancel()
  }, [jobs])
}

/** Calls back when the main thread idles (Safari lacks requestIdleCallback); returns a canceller. */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback)
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(callback, 200)
  return () => clearTimeout(handle)
}
