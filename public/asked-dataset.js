// Runs before the body is parsed: a classic script in <head>, since the CSP allows no inline one.
// The built page holds the default dataset prerendered (<html data-prerendered="name">). When the
// address asks for another dataset, mark the page so styles.css hides that prerender from the
// very first frame and shows a neutral loading line; only a page that will show the default
// dataset preloads its data (another page would fetch a file it never uses).
;(() => {
  const html = document.documentElement
  const prerendered = html.dataset.prerendered
  if (!prerendered) return
  const params = new URLSearchParams(window.location.search)
  const asked = (params.get('data') ?? '').trim()
  if (asked !== '' && asked !== prerendered) {
    // The loading line in the asked language when the page has one for it (one per interface
    // catalogue; hasAttribute also keeps an odd ?lang= value out of the selector below).
    const lang = params.get('lang') ?? ''
    if (lang !== '' && html.hasAttribute(`data-loading-${lang}`)) html.lang = lang
    const shown = html.hasAttribute(`data-loading-${html.lang}`) ? html.lang : 'en'
    html.classList.add('other-dataset')
    // The tab must not name the default dataset either; main.tsx's app sets the real title.
    document.title = html.getAttribute(`data-loading-${shown}`) ?? ''
    // Show that language's line as soon as the parser adds it, before the first frame.
    const observer = new MutationObserver(() => {
      const line = document.querySelector(`.prerender-loading[lang="${shown}"]`)
      if (!line) return
      line.classList.add('is-asked')
      observer.disconnect()
    })
    observer.observe(html, { childList: true, subtree: true })
    return
  }
  const link = document.createElement('link')
  link.rel = 'preload'
  link.as = 'fetch'
  link.crossOrigin = 'anonymous'
  // A dataset's own page sits in a folder of its own: data-root leads back to the app's files.
  link.href = `${html.dataset.root ?? ''}data/${prerendered}.json`
  document.head.appendChild(link)
})()
