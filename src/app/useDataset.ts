import { useEffect, useRef, useState } from 'react'
import type { Dataset } from '../data/indexDataset.ts'
import { type DatasetState, type LoadMessages, loadDataset } from './datasetSource.ts'

/**
 * Loads the dataset at `url` once per url (`null`: nothing to load); the result is data, so it stays out of the UI store.
 * A dataset already loaded (before hydrating the prerendered page) is used as it is; its
 * fingerprint lets live updates tell a changed file from the same one.
 */
export function useDataset(
  url: string | null,
  messages: LoadMessages,
  preloaded: Dataset | null = null,
  preloadedFingerprint = '',
): DatasetState {
  const [state, setState] = useState<DatasetState>(
    preloaded
      ? { status: 'ready', dataset: preloaded, fingerprint: preloadedFingerprint }
      : { status: 'loading' },
  )
  // The message's language may change later; that must not fetch the file again.
  const message = useRef(messages)
  message.current = messages
  const loaded = useRef(preloaded !== null)
  useEffect(() => {
    if (loaded.current) {
      loaded.current = false
      return
    }
    if (url === null) return
    let current = true
    setState({ status: 'loading' })
    loadDataset(url, message.current).then((next) => {
      if (current) setState(next)
    })
    return () => {
      current = false
    }
  }, [url])
  return state
}
