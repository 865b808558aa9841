import { describe, expect, test } from 'vitest'
import { parseDatasetText } from '../../../src/data/parseDatasetText.ts'
import { generateDataset } from '../../bench/generateDataset.ts'

const small = { parties: 6, measures: 10, phases: 4, seed: 7 }

describe('generateDataset (the benchmark’s synthetic data)', () => {
  test('generateDataset(size) gives identical output for the same seed', () => {
    expect(JSON.stringify(generateDataset(small))).toBe(JSON.stringify(generateDataset(small)))
  })

  test('generateDataset(size) gives other output for another seed', () => {
    const other = generateDataset({ ...small, seed: 8 })
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(generateDataset(small)))
  })

  test('generateDataset(6 × 10 × 4) passes the app’s validator', () => {
    const result = parseDatasetText(JSON.stringify(generateDataset(small)))
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  test('generateDataset(size) has the asked size, a coalition of 3 (⌈6/2⌉) and only example.org links', () => {
    const data = generateDataset(small)
    expect([data.parties.length, data.measures.length, data.phases.length]).toEqual([6, 10, 4])
    expect(data.parties.filter((p) => p.side === 'coalition')).toHaveLength(3)
    expect(data.sources.every((s) => s.url.startsWith('https://example.org/'))).toBe(true)
  })

  test('generateDataset(size) gives every coalition party a stance per measure and phase on the table', () => {
    const data = generateDataset(small)
    const phaseIndex = new Map(data.phases.map((p, i) => [p.id, i]))
    const onTable = data.measures.reduce(
      (sum, m) => sum + data.phases.length - (phaseIndex.get(m.proposedAt) ?? 0),
      0,
    )
    const coalition = new Set(data.parties.filter((p) => p.side === 'coalition').map((p) => p.id))
    expect(data.stances.filter((s) => coalition.has(s.party))).toHaveLength(3 * onTable)
  })
})
