import { type ComponentType, memo, Suspense } from 'react'

/**
 * A part of the prerendered first view that may come alive after the matrix. Each is its own
 * Suspense boundary: React hydrates such boundaries in idle time. Preact, which ships (see
 * vite.config.ts), hydrates the whole first view in one pass and these never suspend, so there
 * they are the part itself, memoised. On a page rendered in the browser it is the part itself.
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
