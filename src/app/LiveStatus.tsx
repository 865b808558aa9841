import type { ReactNode } from 'react'
import type { Language } from '../data/languages.ts'
import { UpdatedCells } from '../hooks/updatedCells.ts'
import { useUiStore } from '../state/uiStore.ts'
import { formatClock } from '../ui/format.ts'
import { fill, messages } from '../ui/strings.ts'
import type { LiveState } from './liveState.ts'
import './LiveStatus.css'

const NONE: ReadonlySet<string> = new Set()

/**
 * The "Updated 21:34" line (the dataset's `asOf`, in its own time zone) with how many stances the
 * update changed, in a polite live region: screen readers hear each update once. Under it, a
 * quiet line when a check failed or an update could not be read; never an error panel, since the
 * reader still has good data. The region is always there (empty until an update), so the
 * prerendered page and hydration match and the first announcement is not lost.
 */
export function LiveStatus({ live, language }: { live: LiveState; language: Language }) {
  const strings = messages(language).ui
  const updated =
    live.updates === 0
      ? ''
      : [
          fill(
            strings.liveUpdated,
            { time: formatClock(live.dataset.meta.asOf, language) },
            language,
          ),
          live.changedCount > 0
            ? fill(strings.liveChanged, { count: live.changedCount }, language)
            : null,
        ]
          .filter(Boolean)
          .join(' · ')
  return (
    <div className="live-status">
      <p className="live-updated" role="status" aria-live="polite">
        {updated}
      </p>
      {live.notice !== 'none' && (
        <p className="live-notice">
          {live.notice === 'broken' ? strings.liveBroken : strings.liveUnreachable}
        </p>
      )}
    </div>
  )
}

/** Gives the matrix the cells the last update changed, while the reader still sees that phase. */
export function UpdatedCellsFor({
  live,
  children,
}: {
  live: LiveState | null
  children: ReactNode
}) {
  const chosen = useUiStore((s) => s.phase)
  if (!live || live.updatedPhase === null) return children
  const phase =
    chosen && live.dataset.phaseById.has(chosen) ? chosen : (live.dataset.phases.at(-1)?.id ?? '')
  return (
    <UpdatedCells value={phase === live.updatedPhase ? live.updated : NONE}>
      {children}
    </UpdatedCells>
  )
}
