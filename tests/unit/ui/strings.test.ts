import { describe, expect, test } from 'vitest'
import { LANGUAGES } from '../../../src/data/languages.ts'
import {
  AGREEMENT_LEVELS,
  CONFIDENCE_LABELS,
  DATA_REFUSED,
  POSITION_LABELS,
  RELATION_LABELS,
  SECTION_STRINGS,
  SIDE_LABELS,
  STRINGS,
} from '../../../src/ui/strings.ts'

const dictionaries = {
  STRINGS,
  SECTION_STRINGS,
  DATA_REFUSED,
  POSITION_LABELS,
  CONFIDENCE_LABELS,
  SIDE_LABELS,
  RELATION_LABELS,
  AGREEMENT_LEVELS,
}

describe.each(Object.entries(dictionaries))('UI dictionary %s', (_, dictionary) => {
  const [first, ...others] = LANGUAGES

  test('every language has exactly the same keys', () => {
    const keys = Object.keys(dictionary[first]).sort()
    for (const language of others)
      expect(Object.keys(dictionary[language]).sort(), language).toEqual(keys)
  })

  test.each(LANGUAGES)('no string is missing or empty in %s', (language) => {
    for (const [key, value] of Object.entries(dictionary[language]))
      expect(typeof value === 'string' && value.trim().length > 0, `${language}.${key}`).toBe(true)
  })

  test('placeholders match between languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()
    for (const [key, value] of Object.entries(dictionary[first]))
      for (const language of others)
        expect(
          placeholders(String((dictionary[language] as Record<string, unknown>)[key])),
          `${language}.${key}`,
        ).toEqual(placeholders(String(value)))
  })
})
