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
