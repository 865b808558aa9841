import type { Dataset } from '../data/indexDataset.ts'
import type { UpdateCheck } from './checkForUpdate.ts'

/** A page watching its dataset: the last good version and what the reader is told about updates. */
export type LiveState = {
  dataset: Dataset
  /** Fingerprint of the last good version (the one shown). */
  fingerprint: string
  /** Fingerprint of the last file seen, good or broken: the same broken file is read once. */
  seen: string
  /** The applied updates so far; 0 until the first. */
  updates: number
  /** The cells the last update changed, `party|measure`, marked once. */
  updated: ReadonlySet<string>
  /** The phase shown when the last update was applied: the marks are for that view. */
  updatedPhase: string | null
  /** How many stances the last update changed. */
  changedCount: number
  /** The last check had no answer, or read a file that is not a valid dataset. */
  notice: 'none' | 'unreachable' | 'broken'
}

/** The live state of a freshly loaded dataset. */
export function initialLive(dataset: Dataset, fingerprint: string): LiveState {
  return {
    dataset,
    fingerprint,
    seen: fingerprint,
    updates: 0,
    updated: new Set(),
    updatedPhase: null,
    changedCount: 0,
    notice: 'none',
  }
}

/** What a good update changed, as the page works it out from the store (see useLiveDataset). */
export type AppliedUpdate = { updated: ReadonlySet<string>; phase: string }

/**
 * The next live state after one check. An unchanged file changes nothing (the same object, so
 * nothing re-renders); a broken one keeps the last good data and says so; a good one replaces it.
 */
export function applyCheck(
  state: LiveState,
  check: UpdateCheck,
  apply: (next: Dataset) => AppliedUpdate,
): LiveState {
  if (check.kind === 'failed')
    return state.notice === 'unreachable' ? state : { ...state, notice: 'unreachable' }
  if (check.kind === 'unchanged')
    return state.notice === 'unreachable' ? { ...state, notice: 'none' } : state
  if (check.kind === 'broken')
    return state.notice === 'broken' && state.seen === check.fingerprint
      ? state
      : { ...state, seen: check.fingerprint, notice: 'broken' }
  // The desk put the last good file back: nothing to apply.
  if (check.fingerprint === state.fingerprint)
    return { ...state, seen: check.fingerprint, notice: 'none' }
  const { updated, phase } = apply(check.dataset)
  return {
    dataset: check.dataset,
    fingerprint: check.fingerprint,
    seen: check.fingerprint,
    updates: state.updates + 1,
    updated,
    updatedPhase: phase,
    changedCount: updated.size,
    notice: 'none',
  }
}
