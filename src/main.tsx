// Tokens and base first: every component's styles come after them and may override them.
import './styles/tokens.css'
import './styles/base.css'
import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { bundledDatasetUrl, loadDataset } from './app/datasetSource.ts'
import { loadEmbedGraphic, loadEmbedSections } from './app/lazyParts.tsx'
import { pageDataset, pageRoot } from './app/pageDataset.ts'
import { FALLBACK_LANGUAGE } from './data/languages.ts'
import { parseEmbedOptions } from './embed/embedOptions.ts'
import { afterPaint } from './hooks/useStoreAfterPaint.ts'
import { loadCatalogue } from './i18n/catalogues.ts'
import { useUiStore } from './state/uiStore.ts'
import { parseViewParams } from './state/url.ts'
import { startUrlSync } from './state/urlSync.ts'
import { catalogueLanguage, messages } from './ui/strings.ts'

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks the #root element')
const asked = parseEmbedOptions(window.location.search)
// embed.html is the embed's own page: an embed with or without ?embed=1.
const embed = root.dataset.view === 'embed' ? { ...asked, embed: true } : asked
// index.html holds the default page, embed.html the default embed (the matrix). Hydrate only
// what this address would render itself; another view, or an embed of other sections, renders
// afresh.
const prerenderedView = embed.embed ? 'embed' : 'page'
const prerendered =
  root.hasChildNodes() &&
  root.dataset.view === prerenderedView &&
  (!embed.embed || embed.sections.join() === 'matrix') &&
  // ?refresh= only makes the page check for updates: the first view is the same.
  Object.keys(parseViewParams(window.location.search)).every((key) => key === 'refresh')

// The URL holds the view: read it before the first render, then keep it in step. Writing
// history is slow (a phone's party click spent more on it than on the matrix), so a change is
// written after the frame that shows it. The share panel and the embed's full-view link read
// the URL a frame late too, after this writer (its listener is the store's first).
startUrlSync({ replace: embed.embed, schedule: (write) => void afterPaint(write) })
if (embed.embed) {
  document.documentElement.classList.add('is-embed')
  // Fetch the embed's code alongside the data, not after it.
  void loadEmbedGraphic()
  if (embed.sections.some((section) => section !== 'matrix')) void loadEmbedSections()
  // Only embeds report their height: that code loads with the embed's, not for every reader.
  void import('./embed/startHeightReporter.ts').then(({ startHeightReporter }) =>
    startHeightReporter(root, embed.childId, pageDataset()),
  )
}

async function start(container: HTMLElement): Promise<void> {
  // The page's words: its own language's catalogue (preloaded by the built page), or the one
  // the address asks for; the others load when a reader or a dataset asks for them.
  const pageLanguage = useUiStore.getState().language ?? document.documentElement.lang
  await loadCatalogue(catalogueLanguage(pageLanguage || FALLBACK_LANGUAGE))
  if (prerendered) {
    // Hydrate with the very data the page was rendered from, so not a node changes.
    const state = await loadDataset(
      bundledDatasetUrl(pageDataset(), pageRoot()),
      messages(document.documentElement.lang).ui,
    )
    if (state.status === 'ready' && container.dataset.fingerprint === state.fingerprint) {
      hydrateRoot(
        container,
        <StrictMode>
          <App embed={embed} preloaded={state.dataset} preloadedFingerprint={state.fingerprint} />
        </StrictMode>,
      )
      return
    }
  }
  container.replaceChildren()
  // No longer the prerender: a page asked for another dataset (asked-dataset.js) keeps its
  // loading line while #root is empty, so no frame is blank before the app's first render.
  delete container.dataset.fingerprint
  createRoot(container).render(
    <StrictMode>
      <App embed={embed} />
    </StrictMode>,
  )
}

void start(root)
