import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { Dataset } from '../../../src/data/indexDataset.ts'
import { parseDatasetText } from '../../../src/data/parseDatasetText.ts'
import { isCalendarDate } from '../../../src/data/schemaPrimitives.ts'
import { isOnTable, recordedStance } from '../../../src/model/stanceCell.ts'

const files = readdirSync('data').filter((f) => f.endsWith('.json') && f !== 'schema.json')

/** Every string value under `value`, to find which ids a dataset cites. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

describe.each(files)('bundled dataset data/%s', (file) => {
  const text = readFileSync(`data/${file}`, 'utf8')
  const result = parseDatasetText(text)

  test('validates with no problem', () => {
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  const data = result.ok ? result.value : (null as unknown as Dataset)

  test('points its editor at the schema', () => {
    expect(JSON.parse(text).$schema).toBe('./schema.json')
  })

  test("each chamber's seats (its parties', vacant ones, other parties') add up to its size", () => {
    for (const chamber of data.chambers) {
      const parties = data.parties.reduce((sum, p) => sum + (p.seats[chamber.id] ?? 0), 0)
      const total = parties + (chamber.vacant ?? 0) + (chamber.otherSeats ?? 0)
      expect(total, chamber.id).toBe(chamber.seats)
    }
  })

  test('every coalition party has a stance on every measure in every phase it was on the table', () => {
    const missing = data.parties
      .filter((p) => p.side === 'coalition')
      .flatMap((party) =>
        data.measures.flatMap((measure) =>
          data.phases
            .filter((phase) => isOnTable(data, measure.id, phase.id))
            .filter((phase) => !recordedStance(data, party.id, measure.id, phase.id))
            .map((phase) => `${party.id}|${measure.id}|${phase.id}`),
        ),
      )
    expect(missing).toEqual([])
  })

  test('every source is https, dated, and cited at least once', () => {
    const cited = new Set(strings({ ...JSON.parse(text), sources: [] }))
    for (const source of data.sources) {
      expect(source.url, source.id).toMatch(/^https:\/\//)
      expect(isCalendarDate(source.date) || isCalendarDate(`${source.date}-01`), source.id).toBe(
        true,
      )
      expect(cited.has(source.id), `${source.id} is never cited`).toBe(true)
    }
  })

  test('every known stance and every quote rests on a source, and every quote names its speaker', () => {
    for (const stance of data.stances) {
      if (stance.position !== 'unknown') expect(stance.sources.length).toBeGreaterThan(0)
      for (const quote of stance.quotes ?? []) {
        expect(data.personById.has(quote.speaker)).toBe(true)
        expect(data.sourceById.has(quote.source)).toBe(true)
      }
    }
  })
})

test('there is at least one bundled dataset', () => {
  expect(files.length).toBeGreaterThan(0)
})
