import { create } from 'zustand'
import type { Language } from '../data/languages.ts'

/** UI state only: what the reader chose. The dataset and derived values never live here. */
export type UiState = {
  /** The reader's language; `null` means the dataset's default. */
  language: Language | null
}

/** The one UI store. Read it with narrow selectors: `useUiStore((s) => s.language)`. */
export const useUiStore = create<UiState>(() => ({ language: null }))

/** Switches the UI and dataset text to a language. */
export function setLanguage(language: Language): void {
  useUiStore.setState({ language })
}
