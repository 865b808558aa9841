import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseDatasetText } from '../../../src/data/parseDatasetText.ts'

const testland = readFileSync('tests/fixtures/valid/testland.json', 'utf8')

describe('parseDatasetText', () => {
  test('parseDatasetText(valid JSON) returns the indexed dataset', () => {
    const result = parseDatasetText(testland)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.value.meta.title.en).toBe('Testland: a made-up dispute')
      expect(result.value.partyById.get('blue')?.shortName).toBe('BLU')
      expect(result.value.stanceGrid.get('blue')?.get('cap')?.[2]?.position).toBe('red-line')
    }
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
    const data = JSON.parse(testland)
    delete data.meta.title.en
    const result = parseDatasetText(JSON.stringify(data))
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'meta.title.en', message: 'is missing (meta.languages declares nl, en)' }],
    })
  })
})
