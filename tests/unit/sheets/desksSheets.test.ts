import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { datasetToSheets } from '../../../src/sheets/datasetToSheets.ts'
import { detectDelimiter } from '../../../src/sheets/detectDelimiter.ts'
import { runExport } from '../../../src/sheets/runExport.ts'
import { runImport } from '../../../src/sheets/runImport.ts'
import { sheetsToDataset } from '../../../src/sheets/sheetsToDataset.ts'
import { editSheet, readDataset, setCell, testlandSheets } from './sheetFixtures.ts'

const folder = mkdtempSync(join(tmpdir(), 'coalition-desks-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The sheets as Excel saves them in a Dutch locale: semicolons, a byte-order mark, CRLF. */
function asDutchExcel(sheets: Record<string, string>): Record<string, string> {
  const semicolons = datasetToSheets(readDataset('tests/fixtures/valid/testland.json'), ';')
  return Object.fromEntries(
    Object.keys(sheets).map((file) => [
      file,
      `\uFEFF${(semicolons[file] ?? '').replace(/\n/g, '\r\n')}`,
    ]),
  )
}

/** The problems of an import that must fail. */
function problemsOf(files: Record<string, string>): string[] {
  const result = sheetsToDataset(files)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.problems
}

describe('sheets saved by Excel in other locales', () => {
  test('detectDelimiter() reads the header row: comma, semicolon, tab; quotes do not count', () => {
    expect(detectDelimiter('id,name_nl,name_en\n1;2;3;4;5')).toBe(',')
    expect(detectDelimiter('id;name_nl;name_en\r\nx,y;z')).toBe(';')
    expect(detectDelimiter('id\tname_nl\tname_en\n')).toBe('\t')
    expect(detectDelimiter('"a,b,c";d;e\n')).toBe(';')
    expect(detectDelimiter('key\n')).toBe(',')
  })

  test('sheetsToDataset(semicolons, BOM, CRLF) imports the same dataset as the comma sheets', () => {
    const commas = sheetsToDataset(testlandSheets())
    const excel = sheetsToDataset(asDutchExcel(testlandSheets()))
    expect(excel.ok ? [] : excel.problems).toEqual([])
    expect(excel).toStrictEqual(commas)
  })

  test('sheetsToDataset(one sheet with tabs among comma sheets) reads each file by its own delimiter', () => {
    const files = testlandSheets()
    files['topics.csv'] = (files['topics.csv'] ?? '').replace(/,/g, '\t')
    expect(sheetsToDataset(files)).toStrictEqual(sheetsToDataset(testlandSheets()))
  })

  test('runExport([... --delimiter semicolon]) writes semicolon sheets that import back', () => {
    const out = join(folder, 'semicolons')
    expect(
      runExport(['tests/fixtures/valid/testland.json', out, '--delimiter', 'semicolon']).code,
    ).toBe(0)
    expect(readFileSync(join(out, 'topics.csv'), 'utf8').split('\n')[0]).toBe(
      'id;label_nl;label_en',
    )
    expect(runImport(out, undefined).code).toBe(0)
    expect(runExport(['x.json', out, '--delimiter=pipe'])).toMatchObject({
      code: 2,
      lines: ['--delimiter: "pipe" is not one of comma, semicolon, tab', expect.any(String)],
    })
  })
})

describe('sheets messages speak columns, not JSON', () => {
  test('sheetsToDataset(low-contrast colour) points at colour_light and colour_dark', () => {
    const files = editSheet(testlandSheets(), 'parties.csv', (rows) =>
      setCell(rows, 2, 'colour', '#ffff00'),
    )
    const [line] = problemsOf(files)
    expect(line).toMatch(/^parties\.csv row 2, column colour: #ffff00 has a contrast of 1\.07:1/)
    expect(line).toMatch(/give one colour per background in colour_light and colour_dark\)$/)
    expect(line).not.toContain('{')
  })

  test('sheetsToDataset(seats_<unknown chamber>) says which column to rename it to', () => {
    const files = editSheet(testlandSheets(), 'parties.csv', (rows) =>
      setCell(rows, 1, 'seats_upper', 'seats_senate'),
    )
    expect(problemsOf(files)).toContain(
      'parties.csv row 2, column seats_senate: "senate" is not a chamber id of chambers.csv: rename the column seats_senate to one of seats_lower, seats_upper',
    )
    expect(problemsOf(files)).toContain(
      `chambers.csv row 3, column seats: the parties' seats in "upper" add up to 0, but the chamber has 5; seats held by parties the dataset does not describe go in "otherSeats"`,
    )
  })

  test('sheetsToDataset(relation from a party and a person) names both columns', () => {
    const files = editSheet(testlandSheets(), 'relations.csv', (rows) =>
      setCell(rows, 2, 'from_person', 'ann'),
    )
    expect(problemsOf(files)).toContain(
      'relations.csv row 2, column from_party/from_person: fill in exactly one of from_party or from_person',
    )
  })

  test('sheetsToDataset(aftermath "yes") asks for true or false', () => {
    const files = editSheet(testlandSheets(), 'events.csv', (rows) =>
      setCell(rows, 2, 'aftermath', 'yes'),
    )
    expect(problemsOf(files)).toEqual([
      'events.csv row 2, column aftermath: must be true or false (got "yes")',
    ])
  })
})

describe('each problem once', () => {
  test('sheetsToDataset(a bad date and a bad URL) prints each problem one time', () => {
    let files = editSheet(testlandSheets(), 'phases.csv', (rows) =>
      setCell(rows, 2, 'date', '2023/07/04'),
    )
    files = editSheet(files, 'sources.csv', (rows) => setCell(rows, 2, 'url', 'ftp://example.org'))
    expect(problemsOf(files)).toEqual([
      'phases.csv row 2, column date: "2023/07/04" is not a date written YYYY-MM-DD',
      'sources.csv row 2, column url: "ftp://example.org" is not an http(s) URL',
    ])
  })
})

describe('data:export default folder', () => {
  test('git ignores a sheets/ folder written at the top of the repository', () => {
    // check-ignore exits 0 and echoes the path only when .gitignore covers it.
    const out = execFileSync('git', ['check-ignore', 'sheets/stances.csv'], { encoding: 'utf8' })
    expect(out.trim()).toBe('sheets/stances.csv')
  })
})
