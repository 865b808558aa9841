import { UI_DEFAULTS, useUiStore } from './uiStore.ts'
import { formatViewParams, parseViewParams } from './url.ts'

/**
 * The one writer of the URL: every change of view state becomes a history entry (or replaces
 * the current one, in an embed), and back and forward restore it. Call once at start-up;
 * returns the function that stops it. `schedule` decides when a change is written (the page
 * passes "after the next paint"); changes before then are written as one.
 */
export function startUrlSync({
  replace = false,
  win = window,
  schedule = (write) => write(),
}: {
  replace?: boolean
  win?: Window
  schedule?: (write: () => void) => void
} = {}): () => void {
  const apply = () =>
    useUiStore.setState({ ...UI_DEFAULTS_VIEW, ...parseViewParams(win.location.search) })
  apply()
  let stopped = false
  let pending = false
  const write = () => {
    pending = false
    if (stopped) return
    const search = formatViewParams(useUiStore.getState(), UI_DEFAULTS, win.location.search)
    // After back/forward the URL already matches, so nothing is pushed twice.
    if (search === win.location.search) return
    const url = `${win.location.pathname}${search}${win.location.hash}`
    // Inside an embed, pushing would add entries to the host article's back button.
    if (replace) win.history.replaceState(null, '', url)
    else win.history.pushState(null, '', url)
  }
  const unsubscribe = useUiStore.subscribe(() => {
    if (pending) return
    pending = true
    schedule(write)
  })
  win.addEventListener('popstate', apply)
  return () => {
    stopped = true
    unsubscribe()
    win.removeEventListener('popstate', apply)
  }
}

/** The URL-held part of the defaults: what a parameter missing from the URL means. */
const UI_DEFAULTS_VIEW = {
  language: UI_DEFAULTS.language,
  phase: UI_DEFAULTS.phase,
  selectedParty: UI_DEFAULTS.selectedParty,
  selectedMeasure: UI_DEFAULTS.selectedMeasure,
  stanceRule: UI_DEFAULTS.stanceRule,
  view: UI_DEFAULTS.view,
  theme: UI_DEFAULTS.theme,
  dataset: UI_DEFAULTS.dataset,
  sourceOrder: UI_DEFAULTS.sourceOrder,
  refresh: UI_DEFAULTS.refresh,
}
