import { useEffect, useState, useSyncExternalStore } from 'react'
import type { Language } from '../data/languages.ts'
import { loadCatalogue, loadedCatalogue, onCatalogueLoaded } from '../i18n/catalogues.ts'
import { catalogueLanguage } from '../ui/strings.ts'

/**
 * The language the page can show: `wanted` once its interface catalogue is loaded (loading it if
 * missing); until then the language shown before within the same `scope` (the dataset shown),
 * or `null` when there is none. So a language switch keeps the whole page in the old language
 * until the new one's words have arrived, and a dataset never shows in a language it was not
 * asked in.
 */
export function useCatalogueLanguage(wanted: Language, scope: unknown): Language | null {
  const tag = catalogueLanguage(wanted)
  const isLoaded = () => loadedCatalogue(tag) !== undefined
  const ready = useSyncExternalStore(onCatalogueLoaded, isLoaded, isLoaded)
  useEffect(() => {
    // A failed fetch keeps the language shown; the next switch asks again.
    if (!ready) loadCatalogue(tag).catch(() => {})
  }, [ready, tag])
  const [shown, setShown] = useState({ scope, language: ready ? wanted : null })
  const next = ready ? wanted : shown.scope === scope ? shown.language : null
  // Remembered during render, React's pattern for a value from the previous render.
  if (shown.scope !== scope || shown.language !== next) setShown({ scope, language: next })
  return next
}
