import { describe, expect, test } from 'vitest'
import { ALL_CATALOGUES as CATALOGUES } from '../../../src/i18n/allCatalogues.ts'
import { languageName } from '../../../src/ui/format.ts'
import { catalogueLanguage, fill, messages } from '../../../src/ui/strings.ts'

const PARTS = Object.keys(CATALOGUES.nl ?? {}) as (keyof typeof CATALOGUES.nl)[]

describe.each(Object.entries(CATALOGUES))('the %s catalogue', (_, catalogue) => {
  test.each(PARTS)('%s: the Dutch keys, every string filled in', (part) => {
    const reference = CATALOGUES.nl?.[part] as unknown as Record<string, unknown>
    const own = catalogue[part] as Record<string, unknown> | string
    if (typeof own === 'string') return expect(own.trim()).not.toBe('')
    expect(Object.keys(own).sort()).toEqual(Object.keys(reference).sort())
    for (const [key, value] of Object.entries(own))
      expect(typeof value === 'string' && value.trim().length > 0, `${part}.${key}`).toBe(true)
  })

  test('the same placeholders as Dutch in every string', () => {
    const placeholders = (text: string) =>
      [...new Set([...text.matchAll(/\{(\w+)[|}]/g)].map((m) => m[1]))].sort()
    for (const part of PARTS) {
      const reference = CATALOGUES.nl?.[part]
      if (typeof reference === 'string' || Array.isArray(reference)) continue
      for (const [key, value] of Object.entries(reference as unknown as Record<string, string>))
        expect(
          placeholders(String((catalogue[part] as Record<string, unknown>)[key])),
          `${part}.${key}`,
        ).toEqual(placeholders(value))
    }
  })
})

describe('a language without a catalogue', () => {
  test('speaks English, and a regional tag its base language', () => {
    expect(catalogueLanguage('he')).toBe('en')
    expect(messages('he').ui.close).toBe(CATALOGUES.en?.ui.close)
    expect(catalogueLanguage('nl-BE')).toBe('nl')
    expect(messages('nl-BE').ui.close).toBe('Sluiten')
  })

  test('plural forms follow the catalogue the words come from, not the dataset language', () => {
    // Arabic has a "zero" and a "two" category; the English words have only one and other.
    expect(fill('{n} {n|event|events}', { n: 2 }, 'ar')).toBe('2 events')
    expect(fill('{n} {n|event|events}', { n: 1 }, 'ar')).toBe('1 event')
  })
})

describe('languageName', () => {
  test('names each language in itself, as a label starts', () => {
    expect(['nl', 'en', 'de', 'fr', 'he'].map(languageName)).toEqual([
      'Nederlands',
      'English',
      'Deutsch',
      'Français',
      'עברית',
    ])
  })

  test('writes the catalogue languages as Intl.DisplayNames names them, capitalised', () => {
    for (const language of ['nl', 'en', 'de', 'fr']) {
      const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? ''
      expect(languageName(language)).toBe(
        name.charAt(0).toLocaleUpperCase(language) + name.slice(1),
      )
    }
  })
})
