import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { useUiStore } from './state/uiStore.ts'
import { parseViewParams } from './state/url.ts'
import './styles.css'

// A link may choose the language (and later the view) before the first render.
useUiStore.setState(parseViewParams(window.location.search))

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks the #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
