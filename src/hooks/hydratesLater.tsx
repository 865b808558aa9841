import { type ComponentType, memo, Suspense } from 'react'

/**
 * A part of the prerendered first view that comes alive after the matrix. Each is its own
 * Suspense boundary: React hydrates the rest of the page first and these in idle time, and a
 * click in one hydrates it at once before handling the click, so a reader's first click on a
 * cell waits for the matrix only. On a page rendered in the browser it is the part itself.
 */
export function hydratesLater<P extends object>(Part: ComponentType<P>): ComponentType<P> {
  // Memoised: new props for a boundary not yet hydrated would make React hydrate it at once.
  return memo(function HydratesLater(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    )
  })
}
