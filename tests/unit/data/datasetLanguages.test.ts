import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { validateDataset } from '../../../src/data/validateDataset.ts'

const testland = readFileSync('tests/fixtures/valid/testland.json', 'utf8')

/** Testland with its Dutch texts relabelled as another language, and meta saying so. */
function relabelled(from: string, to: string, keep: readonly string[]): unknown {
  const data = JSON.parse(testland, (key, value) => {
    // Rename the language key of every text object; drop languages not kept.
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      from in value &&
      'en' in value
    ) {
      const { [from]: text, ...rest } = value as Record<string, string>
      const renamed: Record<string, string> = { [to]: text as string, ...rest }
      return Object.fromEntries(Object.entries(renamed).filter(([k]) => keep.includes(k)))
    }
    return key === 'language' && value === from ? to : value
  })
  data.meta.languages = keep
  data.meta.defaultLanguage = to
  return data
}

describe('a dataset in its own languages', () => {
  test('German and English validate, with no code change', () => {
    const result = validateDataset(relabelled('nl', 'de', ['de', 'en']))
    expect(result.ok && result.value.meta.languages).toEqual(['de', 'en'])
  })

  test('one language alone validates: Hebrew only', () => {
    const result = validateDataset(relabelled('nl', 'he', ['he']))
    expect(result.ok && result.value.meta.title.he).toBeTruthy()
  })

  test('a text missing in one declared language is named with its path', () => {
    const data = relabelled('nl', 'fr', ['fr', 'en']) as { measures: { title: object }[] }
    data.measures[0] = { ...data.measures[0], title: { en: 'Only English' } }
    const result = validateDataset(data)
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'measures[0].title.fr', message: 'is missing (meta.languages declares fr, en)' },
    ])
  })
})
