import { isLanguage } from '../data/languages.ts'
import type { UiState } from './uiStore.ts'

/** The part of the UI state a link can set. */
export type ViewParams = Partial<Pick<UiState, 'language'>>

/** Reads view state from a query string; unknown or malformed values are dropped, never thrown. */
export function parseViewParams(search: string): ViewParams {
  const params = new URLSearchParams(search)
  const lang = params.get('lang')
  return isLanguage(lang) ? { language: lang } : {}
}
