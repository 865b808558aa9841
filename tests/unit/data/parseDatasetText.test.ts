import { describe, expect, test } from 'vitest'
import { parseDatasetText } from '../../../src/data/parseDatasetText.ts'

const valid = { meta: { title: { nl: 'Titel', en: 'Title' }, defaultLanguage: 'nl' } }

describe('parseDatasetText', () => {
  test('parseDatasetText(valid JSON) returns the dataset', () => {
    const result = parseDatasetText(JSON.stringify(valid))
    expect(result).toEqual({ ok: true, value: valid })
  })

  test('parseDatasetText("") reports an empty file', () => {
    expect(parseDatasetText('  ')).toEqual({
      ok: false,
      problems: [{ path: '(file)', message: 'the file is empty' }],
    })
  })

  test('parseDatasetText(not JSON) reports invalid JSON instead of throwing', () => {
    const result = parseDatasetText('{"meta":')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^is not valid JSON/)
  })

  test('parseDatasetText(missing translation) names the path of the missing language', () => {
    const result = parseDatasetText(
      JSON.stringify({ meta: { ...valid.meta, title: { nl: 'Titel' } } }),
    )
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'meta.title.en', message: 'is missing or empty' }],
    })
  })
})
