import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test } from 'vitest'
import { UiText } from '../../../src/charts/UiText.tsx'
import { chromeMark, datasetMark } from '../../../src/ui/chromeLanguage.ts'

describe('chromeMark', () => {
  test('chromeMark(language) marks nothing where a catalogue speaks the page’s language', () => {
    expect(chromeMark('nl')).toEqual({})
    expect(chromeMark('de')).toEqual({})
    // The German catalogue speaks for Austrian German.
    expect(chromeMark('de-AT')).toEqual({})
  })

  test('chromeMark(language) marks English words on a page without a catalogue, and their direction where it differs', () => {
    expect(chromeMark('pt-BR')).toEqual({ lang: 'en' })
    expect(chromeMark('he')).toEqual({ lang: 'en', dir: 'ltr' })
    expect(datasetMark('he')).toEqual({ lang: 'he', dir: 'rtl' })
    expect(datasetMark('nl')).toEqual({})
  })
})

describe('UiText', () => {
  const render = (language: string, text: string, values?: Record<string, string | number>) =>
    renderToStaticMarkup(createElement(UiText, { language, text, values: values ?? {} }))

  test('UiText is the plain filled text where the catalogue speaks the page’s language', () => {
    expect(render('en', '{party}: {seats} seats', { party: 'VVD', seats: 34 })).toBe(
      'VVD: 34 seats',
    )
  })

  test('UiText on a Hebrew page: English words marked, each name isolated in Hebrew, numbers and plurals in the text', () => {
    expect(
      render('he', '{party}: {count} {count|seat|seats} in {chamber}', {
        party: 'אדום',
        count: 4,
        chamber: 'הבית התחתון',
      }),
    ).toBe(
      '<span lang="en" dir="ltr"><bdi lang="he" dir="rtl">אדום</bdi>: 4 seats in <bdi lang="he" dir="rtl">הבית התחתון</bdi></span>',
    )
  })
})
