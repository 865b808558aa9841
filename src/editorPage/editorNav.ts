import { createContext, useContext } from 'react'
import type { FormKind } from './recordSpecs.ts'

/** Moves the editor to a record's form: what a link inside a form (a new source) needs. */
export type EditorNav = { showRecord: (kind: FormKind, index: number) => void }

/** The editor's navigation, given by EditorApp to the forms. */
export const EditorNavContext = createContext<EditorNav>({ showRecord: () => {} })

/** The editor's navigation in a form. */
export function useEditorNav(): EditorNav {
  return useContext(EditorNavContext)
}
