import { useEffect, useRef, useState } from 'react'
import type { Dataset } from '../data/indexDataset.ts'
import { updatedStances } from '../model/updatedStances.ts'
import { followLatestPhase, useUiStore } from '../state/uiStore.ts'
import { checkForUpdate } from './checkForUpdate.ts'
import type { DatasetState, LoadMessages } from './datasetSource.ts'
import { type AppliedUpdate, applyCheck, initialLive, type LiveState } from './liveState.ts'
import { refreshInterval } from './refreshInterval.ts'
import { startUpdateScheduler, type Visibility } from './updateScheduler.ts'

/**
 * Watches the loaded dataset's file for changes while the page is visible (see
 * updateScheduler.ts), at the interval `meta.refresh` and `?refresh=` give, and applies a good
 * update in place. Returns the live state, or `null` while nothing is loaded.
 */
export function useLiveDataset(
  url: string | null,
  loaded: DatasetState,
  messages: LoadMessages,
): LiveState | null {
  const [live, setLive] = useState<{ base: DatasetState; state: LiveState } | null>(null)
  const current =
    live?.base === loaded
      ? live.state
      : loaded.status === 'ready'
        ? initialLive(loaded.dataset, loaded.fingerprint)
        : null
  const latest = useRef(current)
  latest.current = current
  const message = useRef(messages)
  message.current = messages
  const urlSeconds = useUiStore((s) => s.refresh)
  const seconds = current ? refreshInterval(current.dataset.meta.refresh, urlSeconds) : null

  useEffect(() => {
    if (url === null || seconds === null || loaded.status !== 'ready') return
    return startUpdateScheduler({
      intervalMs: seconds * 1000,
      visibility: documentVisibility(),
      check: async () => {
        const before = latest.current
        if (!before) return 'answered'
        const check = await checkForUpdate(url, before.seen, message.current)
        // A state of its own per load: an update never lands on another dataset.
        const next = applyCheck(before, check, (dataset) => applyInPlace(before.dataset, dataset))
        if (next !== before) setLive({ base: loaded, state: next })
        return check.kind === 'failed' ? 'failed' : 'answered'
      },
    })
  }, [url, seconds, loaded])
  return current
}

/** The phase a view shows of a dataset: the chosen one if it has it, else its last. */
const shownPhase = (dataset: Dataset, chosen: string | null) =>
  chosen && dataset.phaseById.has(chosen) ? chosen : (dataset.phases.at(-1)?.id ?? '')

/** Keeps the reader's phase (or follows the latest) and works out which shown stances moved. */
function applyInPlace(before: Dataset, after: Dataset): AppliedUpdate {
  const { phase: chosen, stanceRule: rule } = useUiStore.getState()
  const was = shownPhase(before, chosen)
  followLatestPhase(before.phases.at(-1)?.id ?? '', after.phases.at(-1)?.id ?? '')
  const now = shownPhase(after, useUiStore.getState().phase)
  const updated = updatedStances(
    { dataset: before, phase: was, rule },
    { dataset: after, phase: now, rule },
  )
  return { updated, phase: now }
}

/** The Page Visibility API, as the scheduler reads it. */
function documentVisibility(): Visibility {
  return {
    hidden: () => document.visibilityState === 'hidden',
    onChange: (listener) => {
      document.addEventListener('visibilitychange', listener)
      return () => document.removeEventListener('visibilitychange', listener)
    },
  }
}
