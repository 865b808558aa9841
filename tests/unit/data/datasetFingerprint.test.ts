import { expect, test } from 'vitest'
import { datasetFingerprint } from '../../../src/data/datasetFingerprint.ts'

test('datasetFingerprint is stable for the same text and changes with any byte', () => {
  const text = '{"meta":{"id":"x"}}'
  expect(datasetFingerprint(text)).toBe(datasetFingerprint(text))
  expect(datasetFingerprint(`${text} `)).not.toBe(datasetFingerprint(text))
  expect(datasetFingerprint(text.replace('x', 'y'))).not.toBe(datasetFingerprint(text))
  expect(datasetFingerprint(text)).toMatch(/^[0-9a-f]{8}$/)
})
