import type { Language } from '../data/languages.ts'
import type { Catalogue } from '../i18n/catalogue.ts'
import { CATALOGUES } from '../i18n/catalogues.ts'
import { plural as pluralForm } from './plural.ts'

/**
 * The catalogues (src/i18n, one file per language) seen by part, per language, as the charts
 * and sections read them: `STRINGS[language].matrixTitle`.
 */
const byLanguage = <Part extends keyof Catalogue>(part: Part) =>
  Object.fromEntries(
    Object.entries(CATALOGUES).map(([language, catalogue]) => [language, catalogue[part]]),
  ) as Record<Language, Catalogue[Part]>

export type UiStrings = Catalogue['ui']
export type SectionStrings = Catalogue['sections']
export type ChangeStrings = Catalogue['changes']

export const STRINGS = byLanguage('ui')
export const SECTION_STRINGS = byLanguage('sections')
export const CHANGE_STRINGS = byLanguage('changes')
export const RELATION_CHANGES = byLanguage('relationChanges')
export const POSITION_LABELS = byLanguage('positions')
export const CONFIDENCE_LABELS = byLanguage('confidence')
export const SIDE_LABELS = byLanguage('sides')
export const DATA_REFUSED = byLanguage('dataRefused')
export const RELATION_LABELS = byLanguage('relations')
export const AGREEMENT_LEVELS = byLanguage('agreementLevels')
export const CARRIED_METHOD = byLanguage('carriedMethod')

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
      return pluralForm(language ?? 'en', Number(values[name]), { one, other })
    },
  )
}
