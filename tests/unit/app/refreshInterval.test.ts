import { expect, test } from 'vitest'
import { refreshInterval } from '../../../src/app/refreshInterval.ts'

test('refreshInterval(dataset, url): the URL wins, but never below the dataset’s floor', () => {
  expect(refreshInterval(undefined, null)).toBeNull()
  expect(refreshInterval(60, null)).toBe(60)
  expect(refreshInterval(60, 120)).toBe(120)
  expect(refreshInterval(60, 10)).toBe(60)
  expect(refreshInterval(undefined, 10)).toBe(10)
  expect(refreshInterval(60, 0)).toBeNull()
})
