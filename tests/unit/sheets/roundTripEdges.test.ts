import { describe, expect, test } from 'vitest'
import { datasetToSheets } from '../../../src/sheets/datasetToSheets.ts'
import { sheetsToDataset } from '../../../src/sheets/sheetsToDataset.ts'
import { editSheet, readDataset, setCell, testlandSheets } from './sheetFixtures.ts'

/** testland, with `$schema` as an import writes it. */
const testland = () => ({
  ...readDataset('tests/fixtures/valid/testland.json'),
  $schema: './schema.json',
})

describe('round trip of encodings the bundled datasets do not use', () => {
  test('sheetsToDataset(datasetToSheets(raw)) keeps "nobody proposed it", aftermath false and awkward text', () => {
    const raw = testland()
    const [cap, wait] = raw.measures
    if (cap) cap.proposedBy = { parties: [], people: [] }
    if (wait) wait.proposedBy = null
    const [event] = raw.events
    if (event) event.aftermath = false
    const [ann, bob] = raw.people
    if (ann)
      ann.roles = [
        { nl: 'a | b', en: 'back\\slash ' },
        { nl: ' lead, "quoted"\nsecond line', en: 'x|' },
      ]
    if (bob) bob.roles = []
    const back = sheetsToDataset(datasetToSheets(raw))
    expect(back.ok ? [] : back.problems).toEqual([])
    if (back.ok) expect(back.value).toStrictEqual(raw)
  })

  test('sheetsToDataset(datasetToSheets(raw)) keeps meta.refresh as a number in the meta sheet', () => {
    const raw = { ...testland(), meta: { ...testland().meta, refresh: 60 } }
    const sheets = datasetToSheets(raw)
    expect(sheets['meta.csv']).toContain('\nrefresh,60')
    const back = sheetsToDataset(sheets)
    expect(back.ok ? [] : back.problems).toEqual([])
    if (back.ok) expect(back.value).toStrictEqual(raw)
  })

  test('sheetsToDataset(datasetToSheets(raw)) keeps the parliament fields: vacant and other seats, majority rules, quote translations', () => {
    const raw = testland()
    const [lower, upper] = raw.chambers
    if (lower) Object.assign(lower, { vacant: 1, otherSeats: 0, majority: { seats: 6 } })
    if (upper) upper.majority = { fraction: '2/3', of: 'members' }
    const [party] = raw.parties
    if (party) party.seats = { ...party.seats, lower: 3 }
    const [cap] = raw.measures
    if (cap) cap.majority = { fraction: '3/5', of: 'votes' }
    const quote = raw.stances[0]?.quotes?.[0]
    if (quote) quote.translation = { nl: 'Vertaald, met "aanhalingstekens"' }
    const relationQuote = raw.relations[0]?.quote
    if (relationQuote) relationQuote.translation = { nl: 'Graag of niet.' }
    const sheets = datasetToSheets(raw)
    expect(sheets['chambers.csv']).toContain('vacant,otherSeats,majority')
    expect(sheets['chambers.csv']).toContain(',1,0,6')
    expect(sheets['chambers.csv']).toContain('2/3 members')
    expect(sheets['quotes.csv']).toContain('translation_nl')
    expect(sheets['relations.csv']).toContain('quote_translation_nl')
    const back = sheetsToDataset(sheets)
    expect(back.ok ? [] : back.problems).toEqual([])
    if (back.ok) expect(back.value).toStrictEqual(raw)
  })

  test('a majority rule a desk mistyped in the sheet is named with its file, row and column', () => {
    const files = editSheet(testlandSheets(), 'chambers.csv', (rows) => {
      setCell(rows, 2, 'majority', 'two thirds')
    })
    const back = sheetsToDataset(files)
    expect(back.ok ? [] : back.problems).toEqual([
      'chambers.csv row 2, column majority: must be a number of seats (400) or a fraction of members or votes (2/3 members, 3/5 votes)',
    ])
  })

  test('sheetsToDataset(sheets saved by Excel) accepts a byte-order mark, CRLF and TRUE', () => {
    const files = Object.fromEntries(
      Object.entries(testlandSheets()).map(([name, text]) => [
        name,
        `\uFEFF${text.replace(/\n/g, '\r\n')}`,
      ]),
    )
    // The last event, moved after the last phase, where aftermath belongs.
    const edited = editSheet(files, 'events.csv', (rows) => {
      setCell(rows, 3, 'aftermath', 'TRUE')
      setCell(rows, 3, 'date', '2030-03-06')
    })
    const back = sheetsToDataset(edited)
    expect(back.ok ? [] : back.problems).toEqual([])
    if (back.ok) expect(back.value.events[1]?.aftermath).toBe(true)
  })

  test('sheetsToDataset(sheets without optional columns) leaves those fields out', () => {
    const files = editSheet(testlandSheets(), 'events.csv', (rows) => {
      for (const row of rows) row.splice(2, 1) // the time column
    })
    const back = sheetsToDataset(files)
    expect(back.ok && back.value.events.map((e) => 'time' in e)).toEqual([false, false])
  })
})
