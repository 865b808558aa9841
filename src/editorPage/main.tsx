import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { EditorApp } from './EditorApp.tsx'
// The preview speaks any catalogue language at once; the editor is a desk's tool, not a first view.
import '../i18n/allCatalogues.ts'
import '../styles.css'
import './editor.css'

const root = document.getElementById('editor-root')
if (!root) throw new Error('editor.html lacks the #editor-root element')
createRoot(root).render(
  <StrictMode>
    <EditorApp />
  </StrictMode>,
)
