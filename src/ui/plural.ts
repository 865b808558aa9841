import type { Language } from '../data/languages.ts'
import { formatNumber } from './format.ts'

/** A noun phrase per plural category; `{n}` stands for the count. Dutch and English need two. */
export type PluralForms = { readonly one: string; readonly other: string }

/**
 * Which whole counts take the "one" form in each catalogue's language (CLDR's rules), written
 * out: the first Intl.PluralRules in a page loads locale data (tens of ms on a phone, in the
 * middle of hydration, where every caption and row name asks for a plural). A unit test keeps
 * these equal to Intl; any other language or count asks Intl.
 */
const TAKES_ONE: Readonly<Record<string, (count: number) => boolean>> = {
  nl: (n) => n === 1,
  en: (n) => n === 1,
  de: (n) => n === 1,
  fr: (n) => n === 0 || n === 1,
}

const rules = new Map<Language, Intl.PluralRules>()

/** True when `count` takes the "one" form in `language`. */
export function takesOne(language: Language, count: number): boolean {
  const known = TAKES_ONE[language]
  if (known && Number.isInteger(count) && count >= 0) return known(count)
  let rule = rules.get(language)
  if (!rule) {
    rule = new Intl.PluralRules(language)
    rules.set(language, rule)
  }
  return rule.select(count) === 'one'
}

/** The form of `forms` that a count takes in a language ("1 event", "2 events"), with `{n}` filled. */
export function plural(language: Language, count: number, forms: PluralForms): string {
  const form = takesOne(language, count) ? forms.one : forms.other
  return form.replaceAll('{n}', formatNumber(count, language))
}
