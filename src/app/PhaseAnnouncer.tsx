import { useState } from 'react'
import { announcePhase } from '../charts/stance-matrix/describeChanges.ts'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import { phaseChanges } from '../model/phaseChanges.ts'

type Props = {
  dataset: Dataset
  language: Language
  phase: string
  /** Live updates applied so far (useLiveDataset): a phase an update moved is announced by it. */
  updates?: number
}

/**
 * A polite live region that names the new moment and what changed, once per change of phase,
 * however it was made (stepper, arrow keys on the stops, a link, back and forward). Empty when
 * the page opens, so the prerendered HTML and hydration match and nothing is read on arrival.
 */
export function PhaseAnnouncer({ dataset, language, phase, updates = 0 }: Props) {
  const [seen, setSeen] = useState(phase)
  const [seenUpdates, setSeenUpdates] = useState(updates)
  const [text, setText] = useState('')
  // Derived during render, only when the phase moves: a language switch re-reads nothing. A
  // reader following the latest phase moves with a live update, which LiveStatus announces:
  // one announcement, not two.
  if (phase !== seen || updates !== seenUpdates) {
    setSeen(phase)
    setSeenUpdates(updates)
    if (phase !== seen && updates === seenUpdates)
      setText(announcePhase(dataset, language, phase, phaseChanges(dataset, phase)))
  }
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-phase-announcer="">
      {text}
    </p>
  )
}
