import { describe, expect, test } from 'vitest'
import type { RawDataset } from '../../../src/data/schema.ts'
import { validateDataset } from '../../../src/data/validateDataset.ts'
import { referencesTo } from '../../../src/editor/references.ts'
import { renameId } from '../../../src/editor/renameId.ts'
import { testlandJson } from '../../support/fixtureChange.ts'

const raw = () => testlandJson() as unknown as RawDataset

describe('renameId', () => {
  test('renameId(raw, "parties", red, crimson) renames the party and every reference', () => {
    const before = raw()
    const after = renameId(before, 'parties', 'red', 'crimson')
    expect(after.parties.map((p) => p.id)).toEqual(['crimson', 'blue', 'green'])
    // testland: red has 9 stances (cap 3, wait 3, brake 2, vote 1) and makes the one relation.
    expect(after.stances.filter((s) => s.party === 'crimson')).toHaveLength(9)
    expect(after.relations[0]?.from).toEqual({ party: 'crimson' })
    expect(JSON.stringify(after)).not.toMatch(/"red"/)
    expect(validateDataset(after).ok).toBe(true)
  })

  test("renameId() renames a chamber in every party's seats, keeping the key order", () => {
    const after = renameId(raw(), 'chambers', 'lower', 'house')
    for (const party of after.parties) expect(Object.keys(party.seats)[0]).toBe('house')
    expect(validateDataset(after).ok).toBe(true)
  })

  test('renameId() renames a source wherever it is cited, quotes included', () => {
    const before = raw()
    const cited = referencesTo(before, 'sources', 's1').length
    const after = renameId(before, 'sources', 's1', 'nos-1')
    expect(referencesTo(after, 'sources', 'nos-1')).toHaveLength(cited)
    expect(referencesTo(after, 'sources', 's1')).toEqual([])
    expect(validateDataset(after).ok).toBe(true)
  })

  test('renameId() leaves the dataset as it is for an id not in the list', () => {
    const before = raw()
    expect(renameId(before, 'parties', 'purple', 'violet')).toBe(before)
  })

  test('referencesTo(raw, kind, id) lists what refers to a record, by path', () => {
    const refs = referencesTo(raw(), 'measures', 'vote')
    expect(refs.map((r) => r.path.join('.'))).toContain('stances.8.measure')
  })
})
