import type { Language } from '../data/languages.ts'
import { formatNumber } from './format.ts'

/** A noun phrase per plural category; `{n}` stands for the count. Dutch and English need two. */
export type PluralForms = { readonly one: string; readonly other: string }

const rules = new Map<Language, Intl.PluralRules>()

/** The form of `forms` that a count takes in a language ("1 event", "2 events"), with `{n}` filled. */
export function plural(language: Language, count: number, forms: PluralForms): string {
  let rule = rules.get(language)
  if (!rule) {
    rule = new Intl.PluralRules(language)
    rules.set(language, rule)
  }
  const form = rule.select(count) === 'one' ? forms.one : forms.other
  return form.replaceAll('{n}', formatNumber(count, language))
}
