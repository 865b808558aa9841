import { useCallback, useEffect, useState } from 'react'

const CONTROL = 'input, select, textarea, button'

/**
 * Asks for focus on the first of some element ids that exists once React has drawn the form it
 * lives in (a problem's field, in a section not yet shown). A group passes focus to its first
 * control; an element with a tabindex of its own (a heading) takes it itself.
 */
export function useFocusRequest(): (ids: readonly string[]) => void {
  const [request, setRequest] = useState<{ ids: readonly string[] } | null>(null)
  useEffect(() => {
    if (!request) return
    for (const id of request.ids) {
      const element = document.getElementById(id)
      if (!element) continue
      const control = element.matches(CONTROL)
        ? element
        : (element.querySelector<HTMLElement>(CONTROL) ??
          (element.hasAttribute('tabindex') ? element : null))
      if (!control) continue
      control.focus()
      control.scrollIntoView({ block: 'center' })
      return
    }
  }, [request])
  // A new object each time: asking twice for the same field focuses it twice.
  return useCallback((ids) => setRequest({ ids }), [])
}
