import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { EditorApp } from './EditorApp.tsx'
import '../styles.css'
import './editor.css'

const root = document.getElementById('editor-root')
if (!root) throw new Error('editor.html lacks the #editor-root element')
createRoot(root).render(
  <StrictMode>
    <EditorApp />
  </StrictMode>,
)
