/** The next focus index for a key in a flat list (arrows wrap, Home/End jump), or `null`. */
export function moveListFocus(index: number, key: string, count: number): number | null {
  if (count === 0) return null
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}

/** What a roving-focus list does on the keys it handles. */
export type ListKeyActions = {
  index: number
  count: number
  /** Moves the roving tab stop (state and DOM focus) to `next`. */
  focusAt: (next: number) => void
  /** Enter or Space on the focused item. */
  activate: (index: number) => void
  /** Escape, where the list has something to close. */
  escape?: () => void
}

/** The shared key handling of a one-tab-stop list of marks (graph, timeline). */
export function handleListKey(
  event: { key: string; preventDefault: () => void },
  actions: ListKeyActions,
): void {
  const next = moveListFocus(actions.index, event.key, actions.count)
  if (next !== null) {
    event.preventDefault()
    actions.focusAt(next)
  } else if (event.key === 'Escape') actions.escape?.()
  else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault()
    actions.activate(actions.index)
  }
}
