import { FALLBACK_LANGUAGE, type Language } from '../data/languages.ts'
import type { Catalogue } from '../i18n/catalogue.ts'
import {
  anyLoadedCatalogue,
  type CatalogueLanguage,
  isCatalogueLanguage,
  loadedCatalogue,
} from '../i18n/catalogues.ts'
import { formatNumber } from './format.ts'
import { plural as pluralForm } from './plural.ts'

export type UiStrings = Catalogue['ui']
export type SectionStrings = Catalogue['sections']
export type ChangeStrings = Catalogue['changes']

/** The language whose catalogue speaks for `language`: itself, its base (`de` for `de-AT`), or English. */
export function catalogueLanguage(language: Language): CatalogueLanguage {
  if (isCatalogueLanguage(language)) return language
  const base = language.split('-')[0] ?? ''
  if (isCatalogueLanguage(base)) return base
  return isCatalogueLanguage(FALLBACK_LANGUAGE) ? FALLBACK_LANGUAGE : 'en'
}

/**
 * The interface's words for a language (src/i18n, one catalogue file per language). A dataset
 * in a language without a catalogue shows its own texts in that language and the interface in
 * English. In the browser a catalogue is loaded before the page shows its language
 * (main.tsx, useCatalogueLanguage.ts); should one be asked for early, a loaded one stands in
 * rather than the page failing.
 */
export function messages(language: Language): Catalogue {
  const tag = catalogueLanguage(language)
  return loadedCatalogue(tag) ?? anyLoadedCatalogue() ?? fail(tag)
}

function fail(tag: string): never {
  throw new Error(`no catalogue is loaded, not even "${tag}" (see src/i18n/catalogues.ts)`)
}

/**
 * Fills `{name}` placeholders in a UI string, and plural placeholders `{name|one|other}` with the
 * form the count `name` takes in `language` (Intl.PluralRules): `{count} {count|bron|bronnen}`.
 * Numbers are written as `language` writes them (1.470 in Dutch, 1,470 in English).
 */
export function fill(
  template: string,
  values: Record<string, string | number>,
  language: Language,
): string {
  return template.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g,
    (match, name: string, one?: string, other?: string) => {
      if (!(name in values)) return match
      const value = values[name]
      if (one === undefined || other === undefined)
        return typeof value === 'number' ? formatNumber(value, language) : String(value)
      return pluralForm(catalogueLanguage(language), Number(value), { one, other })
    },
  )
}
