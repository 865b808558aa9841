import { describe, expect, test } from 'vitest'
import type { Dataset } from '../../../src/data/indexDataset.ts'
import { parseDatasetText } from '../../../src/data/parseDatasetText.ts'
import { rawDatasetSchema } from '../../../src/data/schema.ts'
import { datasetJson } from '../../../src/export/datasetJson.ts'
import { loadTestland } from '../../support/testland.ts'

const data = loadTestland()
const PARTS = Object.keys(rawDatasetSchema.shape).filter((key) => key !== '$schema')
const rawParts = (dataset: Dataset) =>
  JSON.stringify(Object.fromEntries(PARTS.map((key) => [key, dataset[key as keyof Dataset]])))

describe('datasetJson', () => {
  const text = datasetJson(data)

  test('datasetJson(dataset) starts with "$schema": "./schema.json" and is pretty-printed', () => {
    expect(text.startsWith('{\n  "$schema": "./schema.json",\n  "meta": {\n')).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
  })

  test('datasetJson writes only the format’s parts, in schema order, without the index maps', () => {
    expect(Object.keys(JSON.parse(text))).toEqual(['$schema', ...PARTS])
    expect(text).not.toMatch(/partyById|stanceGrid|phaseIndex/)
  })

  test('datasetJson output passes parseDatasetText again and gives an equal dataset', () => {
    const again = parseDatasetText(text)
    expect(again.ok).toBe(true)
    if (!again.ok) return
    expect(rawParts(again.value)).toBe(rawParts(data))
    expect(again.value.$schema).toBe('./schema.json')
    expect(datasetJson(again.value)).toBe(text)
  })
})
