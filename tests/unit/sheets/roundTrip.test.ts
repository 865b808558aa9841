import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { IMPORTED_SCHEMA } from '../../../src/sheets/assembleDataset.ts'
import { datasetToSheets } from '../../../src/sheets/datasetToSheets.ts'
import { runExport } from '../../../src/sheets/runExport.ts'
import { runImport } from '../../../src/sheets/runImport.ts'
import { SHEETS, sheetFile } from '../../../src/sheets/sheetNames.ts'
import { sheetsToDataset } from '../../../src/sheets/sheetsToDataset.ts'
import { ROUND_TRIP_FILES, readDataset } from './sheetFixtures.ts'

const folder = mkdtempSync(join(tmpdir(), 'coalition-sheets-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe.each(ROUND_TRIP_FILES)('round trip of %s', (path) => {
  // Import always points `$schema` at ./schema.json; testland's fixture points elsewhere.
  const expected = { ...readDataset(path), $schema: IMPORTED_SCHEMA }

  test('sheetsToDataset(datasetToSheets(raw)) deep-equals the original', () => {
    const result = sheetsToDataset(datasetToSheets(readDataset(path)))
    expect(result.ok ? [] : result.problems).toEqual([])
    // toStrictEqual also fails on a key present with `undefined`: optional fields must be absent.
    if (result.ok) expect(result.value).toStrictEqual(expected)
  })

  test('data:export then data:import through a folder gives the same dataset', () => {
    const sheets = join(folder, path.replace(/\W/g, '-'))
    const out = join(folder, `${path.replace(/\W/g, '-')}.json`)
    expect(runExport([path, sheets]).code).toBe(0)
    expect(readdirSync(sheets).sort()).toEqual(SHEETS.map(sheetFile).sort())
    expect(runImport(sheets, out)).toMatchObject({ code: 0 })
    expect(JSON.parse(readFileSync(out, 'utf8'))).toStrictEqual(expected)
  })
})

describe('datasetToSheets', () => {
  test('datasetToSheets(testland) writes quotes keyed by party, measure and phase, in order', () => {
    const quotes = datasetToSheets(readDataset('tests/fixtures/valid/testland.json'))['quotes.csv']
    expect(quotes?.split('\n')[0]).toBe(
      'party,measure,phase,text,language,speaker,source,translation_nl,translation_en',
    )
    expect(quotes?.split('\n')[1]).toBe('red,cap,before,We want a cap.,en,ann,s1,,')
  })

  test('datasetToSheets(raw) writes one seats_<chamber> column per chamber and a colour pair', () => {
    const parties = datasetToSheets(readDataset('tests/fixtures/valid/testland.json'))[
      'parties.csv'
    ]
    const [header, , blue] = parties?.split('\n') ?? []
    expect(header).toContain('colour,colour_light,colour_dark,seats_lower,seats_upper')
    expect(blue).toContain(',,#1d4ed8,#60a5fa,')
  })

  test('datasetToSheets(raw) never prefixes a formula-like cell: the round trip must stay exact', () => {
    const raw = readDataset('tests/fixtures/valid/testland.json')
    const [source] = raw.sources
    if (source) source.title = '=HYPERLINK("https://example.org")'
    const sheets = datasetToSheets(raw)
    expect(sheets['sources.csv']).toContain('"=HYPERLINK(""https://example.org"")"')
    const back = sheetsToDataset(sheets)
    expect(back.ok && back.value.sources[0]?.title).toBe('=HYPERLINK("https://example.org")')
  })
})

describe('corrections and source descriptions in sheets', () => {
  test('datasetToSheets(testland) writes meta.corrections as rows of corrections.csv', () => {
    const sheets = datasetToSheets(readDataset('tests/fixtures/valid/testland.json'))
    const lines = sheets['corrections.csv']?.trim().split('\n') ?? []
    expect(lines[0]).toBe('date,text_nl,text_en')
    expect(lines.slice(1).map((line) => line.slice(0, 10))).toEqual(['2030-03-05', '2030-03-09'])
    expect(sheets['sources.csv']?.split('\n')[0]).toBe(
      'id,outlet,title,description_nl,description_en,url,date,language',
    )
  })

  test('sheetsToDataset(a bad correction date) points at the row of corrections.csv', () => {
    const sheets = datasetToSheets(readDataset('tests/fixtures/valid/testland.json'))
    const broken = sheets['corrections.csv']?.replace('2030-03-09', '9 March 2030') ?? ''
    const result = sheetsToDataset({ ...sheets, 'corrections.csv': broken })
    // The date's pattern and its calendar check both object: one line per check, same place.
    expect(new Set(result.ok ? [] : result.problems)).toEqual(
      new Set([
        'corrections.csv row 3, column date: "9 March 2030" is not a date written YYYY-MM-DD',
      ]),
    )
  })
})
