import type { Language } from '../data/languages.ts'

/**
 * A title or label inside a sentence: lower case first, unless it starts with an abbreviation (VVD-CDA…).
 * German keeps it as written: its titles mostly start with a noun ("Netzentgelte deckeln").
 */
export function inSentence(title: string, language: Language = 'en'): string {
  if (language.split('-')[0]?.toLowerCase() === 'de') return title
  const [first = '', second = ''] = title
  return second && second === second.toLowerCase() ? first.toLowerCase() + title.slice(1) : title
}
