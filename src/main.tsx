import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { DEFAULT_DATASET } from './app/datasetSource.ts'
import { parseEmbedOptions } from './embed/embedOptions.ts'
import { startHeightReporter } from './embed/startHeightReporter.ts'
import { startUrlSync } from './state/urlSync.ts'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks the #root element')
const embed = parseEmbedOptions(window.location.search)
// The URL holds the view: read it before the first render, then keep it in step.
startUrlSync({ replace: embed.embed })
if (embed.embed) {
  document.documentElement.classList.add('is-embed')
  startHeightReporter(root, embed.childId, DEFAULT_DATASET)
}
createRoot(root).render(
  <StrictMode>
    <App embed={embed} />
  </StrictMode>,
)
