import { useEffect } from 'react'
import type { Dataset } from '../data/indexDataset.ts'
import { useStoreAfterPaint } from '../hooks/useStoreAfterPaint.ts'
import { dropUnknownSelections, useUiStore } from '../state/uiStore.ts'

/**
 * The phase every view shows: the chosen one, or the last (how the dispute ended). Also drops
 * selections a stale link carried that this dataset does not know.
 */
export function useShownPhase(dataset: Dataset): string {
  const chosen = useUiStore((s) => s.phase)
  useEffect(() => {
    dropUnknownSelections({
      phase: (id) => dataset.phaseById.has(id),
      party: (id) => dataset.partyById.has(id),
      measure: (id) => dataset.measureById.has(id),
    })
  }, [dataset])
  return shownPhase(dataset, chosen)
}

/** The shown phase one frame late, for the views under the matrix (see useStoreAfterPaint). */
export function useShownPhaseAfterPaint(dataset: Dataset): string {
  return shownPhase(
    dataset,
    useStoreAfterPaint(useUiStore, (s) => s.phase),
  )
}

const shownPhase = (dataset: Dataset, chosen: string | null): string =>
  chosen && dataset.phaseById.has(chosen) ? chosen : (dataset.phases.at(-1)?.id ?? '')
