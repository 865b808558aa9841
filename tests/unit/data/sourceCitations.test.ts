import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { RawDataset } from '../../../src/data/schema.ts'
import { sourceCitations } from '../../../src/data/sourceCitations.ts'
import { validateDataset } from '../../../src/data/validateDataset.ts'

// testland cites s2 from person bob, measure brake and event talks; s4 only from event fall.
const testland: RawDataset = JSON.parse(
  readFileSync(new URL('../../fixtures/valid/testland.json', import.meta.url), 'utf8'),
)
const copy = (): RawDataset => structuredClone(testland)
const uncited = {
  id: 's9',
  outlet: 'Example Gazette',
  title: 'Fictional report 9',
  url: 'https://example.org/report-9',
  date: '2030-03-09',
  language: 'en',
}

describe('sourceCitations', () => {
  test('sourceCitations(testland) lists every record citing s2, with its JSON path', () => {
    expect(sourceCitations(copy()).get('s2')).toEqual([
      { kind: 'person', person: 'bob', path: 'people[1].sources[0]' },
      { kind: 'measure', measure: 'brake', path: 'measures[2].sources[0]' },
      { kind: 'event', event: 'talks', path: 'events[0].sources[0]' },
    ])
  })

  test("sourceCitations(raw) counts a stance's and a relation's quote as their citation", () => {
    const data = copy()
    data.sources.push(uncited)
    const [stance] = data.stances
    const [relation] = data.relations
    if (!stance?.quotes?.[0] || !relation?.quote) throw new Error('testland has quotes')
    stance.quotes[0].source = 's9'
    relation.quote.source = 's9'
    expect(sourceCitations(data).get('s9')).toEqual([
      {
        kind: 'stance',
        party: stance.party,
        measure: stance.measure,
        phase: stance.phase,
        path: 'stances[0].quotes[0].source',
      },
      { kind: 'relation', relation: relation.id, path: 'relations[0].quote.source' },
    ])
    expect(validateDataset(data).ok).toBe(true)
  })
})

describe('validateDataset and uncited sources', () => {
  test('validateDataset(a source cited by nothing) names it by its JSON path', () => {
    const data = copy()
    data.sources.push(uncited)
    expect(validateDataset(data)).toEqual({
      ok: false,
      problems: [
        { path: 'sources[4]', message: expect.stringContaining('"s9" is cited by nothing') },
      ],
    })
  })

  test('validateDataset(a source cited only by a seat figure) is ok', () => {
    const data = copy()
    data.sources.push(uncited)
    data.parties[2]?.sources.push('s9')
    expect(validateDataset(data).ok).toBe(true)
  })

  test.each([
    'data/ampel-budget-2024.json',
    'data/rutte4-asylum-2023.json',
    'data/schoof-asylum-2025.json',
  ])('every source of %s is cited', (path) => {
    const data = JSON.parse(readFileSync(path, 'utf8')) as RawDataset
    const cited = sourceCitations(data)
    expect(data.sources.filter((source) => !cited.has(source.id)).map((s) => s.id)).toEqual([])
  })
})

describe('validateDataset and sources a reader cannot tell apart', () => {
  test('validateDataset(a source with no headline and no description) names it', () => {
    const data = copy()
    const [s1] = data.sources
    if (s1) s1.title = null
    expect(validateDataset(data)).toEqual({
      ok: false,
      problems: [
        {
          path: 'sources[0].description',
          message: expect.stringContaining('"s1" has no verified headline'),
        },
      ],
    })
  })

  test('validateDataset(a source with no headline but a description) is ok', () => {
    const data = copy()
    const [s1] = data.sources
    if (s1) {
      s1.title = null
      s1.description = { nl: 'Verzonnen verslag', en: 'Fictional report' }
    }
    expect(validateDataset(data).ok).toBe(true)
  })
})
