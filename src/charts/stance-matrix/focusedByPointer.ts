/**
 * Called from a focus handler: whether the element just focused was focused by a press (a
 * mouse or touch), not by a key. Browsers show the focus ring (:focus-visible) only for the
 * keyboard, and after a key press even for focus moved by script.
 */
export function focusedByPointer(): boolean {
  const focused = document.activeElement
  return focused !== null && !focused.matches(':focus-visible')
}
