// Tokens and base first, then the reader's styles the preview uses, then the editor's own, which
// override some of them (.ed-page h2 over .panel h2) by coming later.
import '../styles/tokens.css'
import '../styles/base.css'
import './Preview.tsx'
import './editorPage.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { EditorApp } from './EditorApp.tsx'
// The preview speaks any catalogue language at once; the editor is a desk's tool, not a first view.
import '../i18n/allCatalogues.ts'

const root = document.getElementById('editor-root')
if (!root) throw new Error('editor.html lacks the #editor-root element')
createRoot(root).render(
  <StrictMode>
    <EditorApp />
  </StrictMode>,
)
