import { expect, test } from 'vitest'
import { datasetFingerprint } from '../../../src/data/datasetFingerprint.ts'

test('datasetFingerprint ignores key order but not content', () => {
  const a = datasetFingerprint({ meta: { id: 'x', title: 'T' }, list: [1, 2] })
  expect(datasetFingerprint({ list: [1, 2], meta: { title: 'T', id: 'x' } })).toBe(a)
  expect(datasetFingerprint({ list: [2, 1], meta: { title: 'T', id: 'x' } })).not.toBe(a)
  expect(datasetFingerprint({ list: [1, 2], meta: { title: 'T ', id: 'x' } })).not.toBe(a)
  expect(a).toMatch(/^[0-9a-f]{8}$/)
})
