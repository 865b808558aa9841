import { type Language, textDirection } from '../data/languages.ts'
import { catalogueLanguage } from './strings.ts'

/** The `lang` and `dir` an element takes where its words are in another language than the page's. */
export type LanguageMark = { lang?: string; dir?: 'ltr' | 'rtl' }

const primary = (language: Language) => language.split('-')[0]?.toLowerCase()

/**
 * The mark for the interface's own words on a page in `language`: none where the catalogue
 * speaks the page's language (`de` for `de-AT` too), else its language and, where the two are
 * written in opposite directions, its direction (WCAG 3.1.2): a Hebrew page's English words.
 */
export function chromeMark(language: Language): LanguageMark {
  const chrome = catalogueLanguage(language)
  if (primary(chrome) === primary(language)) return {}
  const dir = textDirection(chrome)
  return dir === textDirection(language) ? { lang: chrome } : { lang: chrome, dir }
}

/** The mark that returns dataset text inside interface words to the page's language and direction. */
export function datasetMark(language: Language): LanguageMark {
  return chromeMark(language).lang ? { lang: language, dir: textDirection(language) } : {}
}
