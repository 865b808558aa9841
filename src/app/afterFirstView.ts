/**
 * Code the first view does not need waits until that view is on screen and answering, so it
 * never competes with it for the network or the main thread.
 */
let release: () => void = () => {}
const firstViewShown = new Promise<void>((resolve) => {
  release = resolve
})

/** Call once the first view has been committed (hydrated or rendered). */
export function markFirstViewShown(): void {
  release()
}

/** Wraps a loader so it starts after the first view is shown, painted, and the browser idles. */
export function afterFirstView<T>(load: () => Promise<T>): () => Promise<T> {
  // The build's prerender has no first view to wait for: it renders everything at once.
  if (typeof window === 'undefined') return load
  return () => firstViewShown.then(nextIdleFrame).then(load)
}

/** After the next frame is painted, when the main thread is free (Safari lacks requestIdleCallback). */
export function nextIdleFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function')
        requestIdleCallback(() => resolve(), { timeout: 500 })
      else setTimeout(resolve, 0)
    }),
  )
}
