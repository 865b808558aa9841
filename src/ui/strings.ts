import { FALLBACK_LANGUAGE, type Language } from '../data/languages.ts'
import type { Catalogue } from '../i18n/catalogue.ts'
import { CATALOGUES } from '../i18n/catalogues.ts'
import { plural as pluralForm } from './plural.ts'

export type UiStrings = Catalogue['ui']
export type SectionStrings = Catalogue['sections']
export type ChangeStrings = Catalogue['changes']

/** The language whose catalogue speaks for `language`: itself, its base (`de` for `de-AT`), or English. */
export function catalogueLanguage(language: Language): string {
  if (language in CATALOGUES) return language
  const base = language.split('-')[0] ?? ''
  return base in CATALOGUES ? base : FALLBACK_LANGUAGE
}

/**
 * The interface's words for a language (src/i18n, one catalogue file per language). A dataset
 * in a language without a catalogue shows its own texts in that language and the interface in
 * English.
 */
export function messages(language: Language): Catalogue {
  return CATALOGUES[catalogueLanguage(language)] ?? CATALOGUES[FALLBACK_LANGUAGE] ?? fail()
}

function fail(): never {
  throw new Error(`src/i18n has no "${FALLBACK_LANGUAGE}" catalogue`)
}

/**
 * Fills `{name}` placeholders in a UI string, and plural placeholders `{name|one|other}` with the
 * form the count `name` takes in `language` (Intl.PluralRules): `{count} {count|bron|bronnen}`.
 */
export function fill(
  template: string,
  values: Record<string, string | number>,
  language?: Language,
): string {
  return template.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g,
    (match, name: string, one?: string, other?: string) => {
      if (!(name in values)) return match
      if (one === undefined || other === undefined) return String(values[name])
      return pluralForm(catalogueLanguage(language ?? FALLBACK_LANGUAGE), Number(values[name]), {
        one,
        other,
      })
    },
  )
}
