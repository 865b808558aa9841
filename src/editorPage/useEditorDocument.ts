import { useCallback, useEffect, useState } from 'react'
import type { RawDataset } from '../data/schema.ts'
import { type Path, setIn } from '../editor/editPath.ts'
import { type History, pushEdit, redo, startHistory, undo } from '../editor/history.ts'

/** The dataset being edited, the version it was opened as, and the file it came from. */
export type EditorDocument = { name: string; origin: RawDataset; history: History<RawDataset> }

/** Where the work in progress is kept: this page's storage only (the reader pages use none). */
export const STORAGE_KEY = 'coalition-stance:editor'
/** Writes wait this long after the last edit, so typing is not slowed by serialising 250 KB. */
const SAVE_DELAY_MS = 400

type Stored = { name: string; origin: RawDataset; present: RawDataset; savedAt: string }

/** The work a reload found in storage, or `null`. */
function restore(): (EditorDocument & { savedAt: string }) | null {
  try {
    const text = localStorage.getItem(STORAGE_KEY)
    if (!text) return null
    const stored = JSON.parse(text) as Stored
    return {
      name: stored.name,
      origin: stored.origin,
      history: startHistory(stored.present),
      savedAt: stored.savedAt,
    }
  } catch {
    return null
  }
}

/** Writes the work to this page's storage; a full or refused storage leaves it in the page. */
function keep(doc: EditorDocument): boolean {
  const stored: Stored = {
    name: doc.name,
    origin: doc.origin,
    present: doc.history.present,
    savedAt: new Date().toISOString(),
  }
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(stored))
    return true
  } catch {
    return false
  }
}

/** The editor's document and its actions; the work is kept in localStorage as it changes. */
export function useEditorDocument() {
  const [restored] = useState(restore)
  const [doc, setDoc] = useState<EditorDocument | null>(restored)
  const present = doc?.history.present
  const [unkept, setUnkept] = useState(false)
  useEffect(() => {
    if (!doc) return
    const write = () => void keep(doc)
    const timer = setTimeout(() => setUnkept(!keep(doc)), SAVE_DELAY_MS)
    // Leaving the page (a reload, a closed tab) writes at once what the delay still holds.
    window.addEventListener('pagehide', write)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('pagehide', write)
    }
  }, [doc])

  const open = useCallback((raw: RawDataset, name: string) => {
    setDoc({ name, origin: raw, history: startHistory(raw) })
  }, [])
  /** Sets one field; `key` merges keystrokes in one box into one undo step. */
  const edit = useCallback((path: Path, value: unknown, key: string | null = null) => {
    setDoc(
      (d) =>
        d && { ...d, history: pushEdit(d.history, setIn(d.history.present, path, value), key) },
    )
  }, [])
  /** Replaces the whole dataset in one undo step (a rename, a record added or deleted). */
  const replace = useCallback((change: (raw: RawDataset) => RawDataset) => {
    setDoc((d) => d && { ...d, history: pushEdit(d.history, change(d.history.present)) })
  }, [])
  const stepBack = useCallback(() => setDoc((d) => d && { ...d, history: undo(d.history) }), [])
  const stepForward = useCallback(() => setDoc((d) => d && { ...d, history: redo(d.history) }), [])
  const discard = useCallback(() => {
    localStorage.removeItem(STORAGE_KEY)
    setDoc(null)
  }, [])
  return {
    doc,
    present,
    restoredAt: restored?.savedAt ?? null,
    /** True when the browser refused the last write (storage full): only a saved file keeps the work. */
    unkept,
    open,
    edit,
    replace,
    undo: stepBack,
    redo: stepForward,
    discard,
  }
}

/** The actions forms use to change the document. */
export type Edits = Pick<ReturnType<typeof useEditorDocument>, 'edit' | 'replace'>
