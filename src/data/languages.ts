/**
 * A language as a BCP 47 tag in its canonical form (`de`, `nl`, `pt-BR`, `he`). A dataset
 * declares its own languages (meta.languages); every text it holds is written in each of them.
 */
export type Language = string

/** The shape of a language tag: a two- or three-letter language (ISO 639), then subtags. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/

/** The language whose interface catalogue stands in when a dataset's language has none. */
export const FALLBACK_LANGUAGE: Language = 'en'

/** True when a value is a BCP 47 language tag written as `Intl` canonicalises it (`pt-BR`, not `pt-br`). */
export function isLanguage(value: unknown): value is Language {
  if (typeof value !== 'string' || !LANGUAGE_TAG.test(value)) return false
  try {
    return Intl.getCanonicalLocales(value)[0] === value
  } catch {
    return false
  }
}

/** The canonical spelling of a tag, or `undefined` when it is no language tag at all. */
export function canonicalLanguage(value: string): Language | undefined {
  if (!LANGUAGE_TAG.test(value)) return undefined
  try {
    return Intl.getCanonicalLocales(value)[0]
  } catch {
    return undefined
  }
}

// Languages written right to left, by primary subtag: Arabic, Hebrew, Persian, Urdu, Pashto,
// Sindhi, Yiddish, Dhivehi, Sorani Kurdish, Uyghur. A script subtag overrides (`az-Arab`).
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb', 'ug'])
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'])

/** The direction a language is written in, for `dir` on the page. */
export function textDirection(language: Language): 'ltr' | 'rtl' {
  const [primary = '', ...rest] = language.split('-')
  const script = rest.find((part) => part.length === 4)
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr'
  return RIGHT_TO_LEFT.has(primary.toLowerCase()) ? 'rtl' : 'ltr'
}

/**
 * A dataset text in `language`. The validator makes every text hold every declared language,
 * so the fallbacks only keep a type-level gap from ever printing "undefined".
 */
export function textIn(texts: Readonly<Record<string, string>>, language: Language): string {
  return texts[language] ?? Object.values(texts)[0] ?? ''
}

/** The language a dataset is shown in: the reader's choice when the dataset has it, else its default. */
export function shownLanguage(
  asked: Language | null | undefined,
  meta: { readonly languages: readonly Language[]; readonly defaultLanguage: Language },
): Language {
  return asked && meta.languages.includes(asked) ? asked : meta.defaultLanguage
}
