import { useEffect, useRef, useState } from 'react'

/** What the hook needs of a store: zustand's vanilla API (`useUiStore` has it). */
export type ReadableStore<S> = {
  getState: () => S
  subscribe: (listener: () => void) => () => void
}

/**
 * A store value that follows the store one frame late: the first render reads it as is (so
 * hydration sees what the prerender saw), later changes arrive in a task after the frame that
 * answered the click is painted. For views below the matrix: the click's own frame then pays
 * only for what is on screen. `select` should return a primitive (compared with Object.is).
 */
export function useStoreAfterPaint<S, T>(store: ReadableStore<S>, select: (state: S) => T): T {
  const [value, setValue] = useState(() => select(store.getState()))
  const selectRef = useRef(select)
  selectRef.current = select
  useEffect(() => {
    let cancel: (() => void) | null = null
    const read = () => {
      cancel = null
      setValue(() => selectRef.current(store.getState()))
    }
    // A change between the render and this effect would otherwise wait for the next one.
    read()
    const unsubscribe = store.subscribe(() => {
      cancel ??= afterPaint(read)
    })
    return () => {
      unsubscribe()
      cancel?.()
    }
  }, [store])
  return value
}

/**
 * Calls back in a task after the next frame is painted (a task posted from an animation frame
 * callback runs after that frame's paint); returns a canceller.
 */
export function afterPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
