import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseDatasetText } from '../../../src/data/parseDatasetText.ts'

/** Each fixture is testland.json with one defect; expected.json says where the validator must point. */
type Expectation = { path: string; messageIncludes: string; typeError: boolean }

const dir = new URL('../../fixtures/broken/', import.meta.url)
const expected: Record<string, Expectation> = JSON.parse(
  readFileSync(new URL('expected.json', dir), 'utf8'),
)
const files = readdirSync(dir).filter((name) => name !== 'expected.json')
const cases = Object.entries(expected).map(([file, want]) => [
  file,
  want.path,
  want.messageIncludes,
])

describe('broken corpus', () => {
  test('expected.json lists every fixture in the folder, and at least 30', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(30)
    expect(files.sort()).toEqual(Object.keys(expected).sort())
  })

  test.each(cases)('validateDataset rejects %s: %s', (file, path, messageIncludes) => {
    const result = parseDatasetText(readFileSync(new URL(file, dir), 'utf8'))
    expect(result.ok).toBe(false)
    const problems = result.ok ? [] : result.problems
    expect(problems).toContainEqual({ path, message: expect.stringContaining(messageIncludes) })
  })
})
