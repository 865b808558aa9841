import { describe, expect, test } from 'vitest'
import { sheetsToDataset } from '../../../src/sheets/sheetsToDataset.ts'
import { editSheet, setCell, testlandSheets } from './sheetFixtures.ts'

/** The problems of an import that must fail. */
function problemsOf(files: Record<string, string>): string[] {
  const result = sheetsToDataset(files)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.problems
}

describe('sheetsToDataset: structural problems stop the import', () => {
  test('sheetsToDataset(no events.csv) names the missing file', () => {
    const { 'events.csv': _, ...files } = testlandSheets()
    expect(problemsOf(files)).toEqual([
      'events.csv: is missing (every sheet needs a file, if only a header row)',
    ])
  })

  test('sheetsToDataset(stance.csv) names a file that is no sheet', () => {
    const files = { ...testlandSheets(), 'stance.csv': 'party\n' }
    expect(problemsOf(files)[0]).toMatch(
      /^stance\.csv: is not a sheet of this format \(known: meta\.csv,/,
    )
  })

  test('sheetsToDataset(renamed column) reports the unknown column and the missing one', () => {
    const files = editSheet(testlandSheets(), 'stances.csv', (rows) =>
      setCell(rows, 1, 'party', 'prty'),
    )
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(
        /^stances\.csv row 1, column prty: is not a column of stances\.csv \(known: party, measure,/,
      ),
      'stances.csv row 1: the header row has no column "party"',
    ])
  })

  test('sheetsToDataset(repeated column, stray cell) reports both with their rows', () => {
    let files = editSheet(testlandSheets(), 'topics.csv', (rows) => rows[0]?.push('id'))
    files = editSheet(files, 'sources.csv', (rows) => rows[2]?.push('', 'oops'))
    expect(problemsOf(files)).toEqual([
      'topics.csv row 1, column id: appears twice in the header row',
      'sources.csv row 3: cell 10 holds "oops" but its column has no name in the header row',
    ])
  })

  test('sheetsToDataset(empty file) asks for a header row', () => {
    expect(problemsOf({ ...testlandSheets(), 'quotes.csv': '' })).toEqual([
      'quotes.csv: has no header row',
    ])
  })
})

describe('sheetsToDataset: validator problems point at file, row and column', () => {
  test('sheetsToDataset(unknown party) names the stance row and the party column', () => {
    const files = editSheet(testlandSheets(), 'stances.csv', (rows) =>
      setCell(rows, 14, 'party', 'cu'),
    )
    expect(problemsOf(files)).toEqual([
      'stances.csv row 14, column party: "cu" is not a party id (known: red, blue, green)',
    ])
  })

  test('sheetsToDataset(blank rows) skips them but keeps counting rows like a spreadsheet', () => {
    let files = editSheet(testlandSheets(), 'stances.csv', (rows) =>
      setCell(rows, 14, 'party', 'cu'),
    )
    files = editSheet(files, 'stances.csv', (rows) => rows.splice(1, 0, [], ['', '', '']))
    expect(problemsOf(files)).toEqual([
      'stances.csv row 16, column party: "cu" is not a party id (known: red, blue, green)',
    ])
  })

  test('sheetsToDataset(bad quote speaker) points at the quotes.csv row', () => {
    const files = editSheet(testlandSheets(), 'quotes.csv', (rows) =>
      setCell(rows, 2, 'speaker', 'zed'),
    )
    expect(problemsOf(files)).toEqual([
      'quotes.csv row 2, column speaker: "zed" is not a person id (known: ann, bob)',
    ])
  })

  test('sheetsToDataset(quote of no stance) names the stance it looked for', () => {
    const files = editSheet(testlandSheets(), 'quotes.csv', (rows) =>
      setCell(rows, 2, 'measure', 'vote'),
    )
    expect(problemsOf(files)).toEqual([
      'quotes.csv row 2: no row of stances.csv has party "red", measure "vote" and phase "before"',
    ])
  })

  test('sheetsToDataset(seats, colours, actors) maps nested fields to their columns', () => {
    let files = editSheet(testlandSheets(), 'chambers.csv', (rows) =>
      setCell(rows, 2, 'seats', '11'),
    )
    files = editSheet(files, 'parties.csv', (rows) => setCell(rows, 3, 'colour_light', '#ffff00'))
    files = editSheet(files, 'relations.csv', (rows) => setCell(rows, 2, 'from_person', 'ann'))
    expect(problemsOf(files)).toEqual([
      'relations.csv row 2, column from_party/from_person: fill in exactly one of from_party or from_person',
      `chambers.csv row 2, column seats: the parties' seats in "lower" add up to 10, but the chamber has 11; seats held by parties the dataset does not describe go in "otherSeats"`,
      expect.stringMatching(
        /^parties\.csv row 3, column colour_light: #ffff00 has a contrast of 1\.07:1/,
      ),
    ])
  })

  test('sheetsToDataset(bad cells) quotes the bad value: seats, flags, dates, roles', () => {
    let files = editSheet(testlandSheets(), 'parties.csv', (rows) =>
      setCell(rows, 2, 'seats_upper', 'two'),
    )
    files = editSheet(files, 'events.csv', (rows) => setCell(rows, 2, 'aftermath', 'yes'))
    files = editSheet(files, 'meta.csv', (rows) => setCell(rows, 10, 'value', 'yesterday'))
    files = editSheet(files, 'people.csv', (rows) =>
      setCell(rows, 2, 'roles_en', 'premier | chair'),
    )
    files = editSheet(files, 'measures.csv', (rows) => setCell(rows, 2, 'title_en', ''))
    expect(problemsOf(files)).toEqual([
      'meta.csv row 10, column value: must be a date-time like 2023-07-10T12:00:00+02:00',
      'parties.csv row 2, column seats_upper: must be a whole number of seats (got "two")',
      'events.csv row 2, column aftermath: must be true or false (got "yes")',
      'people.csv row 2, column roles_nl: is missing (meta.languages declares nl, en)',
      'measures.csv row 2, column title_en: is missing (meta.languages declares nl, en)',
    ])
  })

  test('sheetsToDataset(meta rows) reports unknown, repeated and missing keys', () => {
    const files = editSheet(testlandSheets(), 'meta.csv', (rows) => {
      rows.splice(3, 2, ['titel', 'x'], ['id', 'again'])
    })
    expect(problemsOf(files)).toEqual([
      expect.stringMatching(/^meta\.csv row 4, column key: "titel" is not a meta key \(known: id,/),
      'meta.csv row 5, column key: "id" is already given in row 2',
      'meta.csv, key title_<language>: is missing',
    ])
  })

  test('sheetsToDataset(both colour forms) asks for one of them', () => {
    const files = editSheet(testlandSheets(), 'parties.csv', (rows) =>
      setCell(rows, 2, 'colour_dark', '#ffffff'),
    )
    expect(problemsOf(files)[0]).toBe(
      'parties.csv row 2, column colour: give either colour or colour_light and colour_dark',
    )
  })
})
