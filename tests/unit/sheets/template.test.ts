import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { RECORD_LISTS } from '../../../src/data/recordLists.ts'
import { datasetToSheets } from '../../../src/sheets/datasetToSheets.ts'
import { SHEETS, sheetFile } from '../../../src/sheets/sheetNames.ts'
import { sheetsToDataset } from '../../../src/sheets/sheetsToDataset.ts'

const files = Object.fromEntries(
  readdirSync('data/template').map((name) => [name, readFileSync(`data/template/${name}`, 'utf8')]),
)

describe('data/template', () => {
  const result = sheetsToDataset(files)

  test('sheetsToDataset(data/template) is a valid dataset', () => {
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  test('data/template holds every sheet and nothing else', () => {
    expect(Object.keys(files).sort()).toEqual(SHEETS.map(sheetFile).sort())
  })

  test('data/template has one example record per sheet, all fictional', () => {
    if (!result.ok) return
    for (const name of RECORD_LISTS) expect(result.value[name], name).toHaveLength(1)
    expect(result.value.stances[0]?.quotes).toHaveLength(1)
    expect(result.value.sources[0]?.url).toMatch(/^https:\/\/example\.org\//)
  })

  test("data/template's header rows are the ones data:export writes", () => {
    if (!result.ok) return
    const exported = datasetToSheets(result.value)
    for (const file of Object.keys(files))
      expect(files[file]?.split('\n')[0], file).toBe(exported[file]?.split('\n')[0])
  })
})
