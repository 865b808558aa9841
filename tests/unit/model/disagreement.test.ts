import { describe, expect, test } from 'vitest'
import { disagreement } from '../../../src/model/disagreement.ts'
import { loadTestland } from '../../support/testland.ts'

const data = loadTestland()

describe('disagreement', () => {
  test('disagreement(red, blue, end) is the mean scale distance over shared known stances, scaled to 0–1', () => {
    // cap |0-4| = 4, wait |0-3| = 3, brake |0-3| = 3, vote |0-3| = 3 → 13 / 4 measures / 4 steps
    expect(disagreement(data, 'red', 'blue', 'end')).toEqual({ value: 13 / 16, basis: 4 })
  })

  test('disagreement leaves unknown stances out instead of counting them as agreement', () => {
    // green is known only on cap at end: |0-3| = 3 → 3 / 1 / 4
    expect(disagreement(data, 'red', 'green', 'end')).toEqual({ value: 0.75, basis: 1 })
  })

  test('disagreement is null, not zero, when two parties share no known stance', () => {
    expect(disagreement(data, 'red', 'green', 'mid')).toEqual({ value: null, basis: 0 })
  })

  test('disagreement(a, b, phase, measures) only counts the given measures', () => {
    expect(disagreement(data, 'red', 'blue', 'end', ['wait'])).toEqual({ value: 0.75, basis: 1 })
  })

  test('disagreement of a party with itself is 0', () => {
    expect(disagreement(data, 'blue', 'blue', 'end').value).toBe(0)
  })
})
