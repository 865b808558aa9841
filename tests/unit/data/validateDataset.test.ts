import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { RawDataset } from '../../../src/data/schema.ts'
import { MAX_PROBLEMS, validateDataset } from '../../../src/data/validateDataset.ts'

// testland: 3 parties (red, blue, green) x 4 measures (cap, wait from "before", brake from "mid",
// vote from "end") x 3 phases; stances exist only once a measure is on the table:
// 3 parties x (cap 3 + wait 3 + brake 2 + vote 1) = 3 x 9 = 27 stances.
const testland: RawDataset = JSON.parse(
  readFileSync(new URL('../../fixtures/valid/testland.json', import.meta.url), 'utf8'),
)
const copy = (): RawDataset => structuredClone(testland)

describe('validateDataset', () => {
  test('validateDataset(testland) is ok and keeps all 27 stances', () => {
    const result = validateDataset(copy())
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.stances).toHaveLength(27)
  })

  test('validateDataset(bad id) quotes the bad value in the message', () => {
    const data = copy()
    const [red] = data.parties
    if (red) red.id = 'Red'
    expect(validateDataset(data)).toEqual({
      ok: false,
      problems: [{ path: 'parties[0].id', message: expect.stringContaining('"Red" is not') }],
    })
  })

  test('validateDataset(dangling party) quotes the id and lists the known ids', () => {
    const data = copy()
    const [first] = data.stances
    if (first) first.party = 'cu-x'
    expect(validateDataset(data)).toEqual({
      ok: false,
      problems: [
        {
          path: 'stances[0].party',
          message: '"cu-x" is not a party id (known: red, blue, green)',
        },
      ],
    })
  })

  test('validateDataset(1000 dangling references) lists MAX_PROBLEMS and one summary line', () => {
    const data = copy()
    const [first] = data.stances
    if (!first) throw new Error('testland has stances')
    data.stances = Array.from({ length: 1000 }, (_, i) => ({ ...first, party: `ghost-${i}` }))
    const result = validateDataset(data)
    if (result.ok) throw new Error('expected problems')
    expect(result.problems).toHaveLength(MAX_PROBLEMS + 1)
    expect(result.problems[0]?.path).toBe('stances[0].party')
    expect(result.problems.at(-1)).toEqual({
      path: '(file)',
      message: `and ${1000 - MAX_PROBLEMS} more problems`,
    })
  })
})
