import { useEffect, useState } from 'react'
import { type DatasetState, loadDataset } from './datasetSource.ts'

/** Loads the dataset at `url` once per url; the result is data, so it stays out of the UI store. */
export function useDataset(url: string, unreachable: string): DatasetState {
  const [state, setState] = useState<DatasetState>({ status: 'loading' })
  useEffect(() => {
    let current = true
    setState({ status: 'loading' })
    loadDataset(url, unreachable).then((next) => {
      if (current) setState(next)
    })
    return () => {
      current = false
    }
  }, [url, unreachable])
  return state
}
