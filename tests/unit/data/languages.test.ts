import { describe, expect, test } from 'vitest'
import {
  canonicalLanguage,
  isLanguage,
  shownLanguage,
  textDirection,
  textIn,
} from '../../../src/data/languages.ts'

describe('language tags', () => {
  test('isLanguage accepts canonical BCP 47 tags and nothing else', () => {
    expect(['de', 'nl', 'en', 'fr', 'he', 'pt-BR', 'zh-Hant', 'gsw'].every(isLanguage)).toBe(true)
    for (const bad of ['', 'EN', 'pt-br', 'English', 'x', 'en_GB', 'de-', 42, null])
      expect(isLanguage(bad), String(bad)).toBe(false)
  })

  test('canonicalLanguage says how a near miss is written', () => {
    expect(canonicalLanguage('EN')).toBe('en')
    expect(canonicalLanguage('pt-br')).toBe('pt-BR')
    expect(canonicalLanguage('English')).toBeUndefined()
  })

  test('textDirection: Hebrew, Arabic, Persian and Urdu run right to left; a script subtag decides', () => {
    expect(['he', 'ar', 'fa', 'ur', 'ar-EG'].map(textDirection)).toEqual(Array(5).fill('rtl'))
    expect(['nl', 'de', 'en', 'pt-BR', 'az-Latn'].map(textDirection)).toEqual(Array(5).fill('ltr'))
    expect(textDirection('az-Arab')).toBe('rtl')
  })
})

describe('the shown language', () => {
  const meta = { languages: ['de', 'en'], defaultLanguage: 'de' }
  test("is the reader's choice when the dataset has it, else the dataset's default", () => {
    expect(shownLanguage('en', meta)).toBe('en')
    expect(shownLanguage('nl', meta)).toBe('de')
    expect(shownLanguage(undefined, meta)).toBe('de')
  })

  test('textIn reads a text in a language', () => {
    expect(textIn({ de: 'Haushalt', en: 'Budget' }, 'en')).toBe('Budget')
  })
})
