import { describe, expect, test } from 'vitest'
import { validateDataset } from '../../../src/data/validateDataset.ts'
import { setLanguages } from '../../../src/editor/setLanguages.ts'
import { templateDataset } from '../../../src/editor/template.ts'

// The template in nl and en, with a quote translated into en: every text holds both languages.
const base = (() => {
  const raw = templateDataset('2023-07-07', ['nl', 'en'])
  return {
    ...raw,
    stances: [
      {
        party: 'party-a',
        measure: 'measure-1',
        phase: 'phase-1',
        position: 'supports' as const,
        confidence: 'on-record' as const,
        summary: { nl: 'Steunt het.', en: 'Supports it.' },
        sources: ['source-1'],
        quotes: [
          {
            text: 'Wij steunen dit.',
            language: 'nl',
            speaker: 'x',
            source: 'source-1',
            translation: { en: 'We support this.' },
          },
        ],
      },
    ],
  }
})()

describe('setLanguages', () => {
  test('setLanguages(raw, ["en"]) removes every Dutch text and makes English the default', () => {
    const next = setLanguages(base, ['en'])
    expect(next.meta.languages).toEqual(['en'])
    expect(next.meta.defaultLanguage).toBe('en')
    expect(next.meta.title).toEqual({ en: 'New dispute' })
    expect(next.stances[0]?.summary).toEqual({ en: 'Supports it.' })
    // The quote keeps its own Dutch text; only its translation follows the languages.
    expect(next.stances[0]?.quotes?.[0]).toMatchObject({
      text: 'Wij steunen dit.',
      translation: { en: 'We support this.' },
    })
    expect(base.meta.title).toEqual({ nl: 'New dispute', en: 'New dispute' })
  })

  test('setLanguages(raw, ["nl"]) drops a translation left empty and keeps the default', () => {
    const next = setLanguages(base, ['nl'])
    expect(next.meta.defaultLanguage).toBe('nl')
    expect(next.stances[0]?.quotes?.[0]).not.toHaveProperty('translation')
  })

  test('setLanguages(raw, [..., "de"]) adds no text: the validator names what to write', () => {
    const next = setLanguages(base, ['nl', 'en', 'de'])
    expect(next.meta.title).toEqual(base.meta.title)
    const checked = validateDataset(next)
    expect(checked.ok ? [] : checked.problems.map((p) => p.path)).toContain('meta.languages')
  })
})
