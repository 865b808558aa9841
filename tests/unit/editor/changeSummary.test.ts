import { describe, expect, test } from 'vitest'
import type { RawDataset } from '../../../src/data/schema.ts'
import { changeSummary } from '../../../src/editor/changeSummary.ts'
import { setIn } from '../../../src/editor/editPath.ts'
import { renameId } from '../../../src/editor/renameId.ts'
import { testlandJson } from '../../support/fixtureChange.ts'

const raw = () => testlandJson() as unknown as RawDataset

describe('changeSummary', () => {
  test('changeSummary(a, a) says there are no changes', () => {
    expect(changeSummary(raw(), raw())).toBe('no changes')
  })

  test('changeSummary() counts stances changed and sources added, singular and plural', () => {
    const before = raw()
    let after = setIn(before, ['stances', 0, 'position'], 'opposes')
    after = setIn(after, ['stances', 1, 'confidence'], 'inferred')
    after = setIn(after, ['stances', 2, 'summary', 'en'], 'new words')
    const source = { ...before.sources[0], id: 'added' } as RawDataset['sources'][number]
    after = { ...after, sources: [...after.sources, source] }
    expect(changeSummary(before, after)).toBe('3 stances changed, 1 source added')
  })

  test('changeSummary() names the meta fields and counts removed records', () => {
    const before = raw()
    const after = {
      ...setIn(before, ['meta', 'title', 'en'], 'Another title'),
      events: before.events.slice(1),
    }
    expect(changeSummary(before, after)).toBe('meta: title changed, 1 event removed')
  })
})

describe('changeSummary after a rename', () => {
  test('changeSummary() counts a renamed party once, and the stances that follow it as changed', () => {
    const before = raw()
    const party = before.parties[0]?.id ?? ''
    const after = renameId(before, 'parties', party, 'renamed-party')
    const stances = before.stances.filter((s) => s.party === party).length
    expect(changeSummary(before, after)).toMatch(
      new RegExp(`^1 party renamed(, .*)?, ${stances} stances? changed`),
    )
    expect(changeSummary(before, after)).not.toMatch(/added|removed/)
  })
})
