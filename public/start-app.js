// The prerendered pages' entry (src/build/prerender.ts puts it in place of the app's module
// script, and preloads that script as #app-code). The page is painted from its HTML alone, so
// the app's code (React and the app, ~300 kB unzipped) starts only once that first frame is
// painted. On a phone (CPU ÷4) evaluating it took ~350 ms, and where the HTML is parsed before
// the first frame (the embed), the first paint had waited for it.
;(() => {
  const code = document.getElementById('app-code')
  if (!(code instanceof HTMLLinkElement)) return
  let started = false
  const start = () => {
    if (started) return
    started = true
    void import(code.href)
  }
  // Nothing to wait for on a page with nothing prerendered (a client-rendered copy), or one
  // already painted (a long page is painted while it is parsed).
  const prerendered = document.getElementById('root')?.hasChildNodes()
  if (!prerendered || performance.getEntriesByType('paint').length > 0) return start()
  // A task after the next frame, or after a second where no frame comes (an iframe the browser
  // does not render while it is off screen), so the app still starts.
  requestAnimationFrame(() => setTimeout(start, 0))
  setTimeout(start, 1000)
})()
