import { describe, expect, test } from 'vitest'
import type { Dataset } from '../../../src/data/indexDataset.ts'
import { conflictModel } from '../../../src/model/conflictModel.ts'
import { pairDifferences, sharpestConflicts } from '../../../src/model/pairDifferences.ts'
import { relationsInEffect } from '../../../src/model/relationsInEffect.ts'
import { loadTestland } from '../../support/testland.ts'

const data = loadTestland()
const pairs = (model: ReturnType<typeof conflictModel>) =>
  model.pairs.map((p) => [`${p.a}-${p.b}`, p.disagreement.value, p.disagreement.basis])

describe('conflictModel', () => {
  test('conflictModel shows the coalition only unless opposition is asked for', () => {
    const model = conflictModel(data, {
      phase: 'end',
      measure: null,
      includeOpposition: false,
      rule: 'carried',
    })
    expect(model.parties.map((p) => p.id)).toEqual(['red', 'blue'])
    // red–blue at end: 4 + 3 + 3 + 3 = 13 steps over 4 measures, / 4 steps max
    expect(pairs(model)).toEqual([['red-blue', 13 / 16, 4]])
  })

  test('conflictModel with opposition: every pair that shares a known stance, and no edge for silence', () => {
    const end = conflictModel(data, {
      phase: 'end',
      measure: null,
      includeOpposition: true,
      rule: 'carried',
    })
    // red–green: cap |0-3| = 3 → 0.75; blue–green: cap |4-3| = 1 → 0.25
    expect(pairs(end)).toEqual([
      ['red-blue', 13 / 16, 4],
      ['red-green', 0.75, 1],
      ['blue-green', 0.25, 1],
    ])
    const mid = conflictModel(data, {
      phase: 'mid',
      measure: null,
      includeOpposition: true,
      rule: 'carried',
    })
    expect(pairs(mid).map(([pair]) => pair)).toEqual(['red-blue'])
  })

  test('conflictModel for one measure reduces pairs and relations to that measure', () => {
    const cap = conflictModel(data, {
      phase: 'end',
      measure: 'cap',
      includeOpposition: false,
      rule: 'carried',
    })
    expect(pairs(cap)).toEqual([['red-blue', 1, 1]])
    expect(cap.relations).toHaveLength(1)
    const brake = conflictModel(data, {
      phase: 'end',
      measure: 'brake',
      includeOpposition: false,
      rule: 'carried',
    })
    expect(pairs(brake)).toEqual([['red-blue', 0.75, 1]])
    expect(brake.relations).toEqual([])
  })

  test('relationsInEffect includes relations made at or before the phase', () => {
    expect(relationsInEffect(data, 'before').map((r) => r.id)).toEqual(['red-ultimatum'])
    expect(relationsInEffect(data, 'end').map((r) => r.id)).toEqual(['red-ultimatum'])
  })

  test('conflictModel draws a relation made by a person from that person’s party, grouped per direction', () => {
    const [relation] = data.relations
    if (!relation) throw new Error('fixture has a relation')
    const byPerson = {
      ...relation,
      id: 'bob-red-line',
      kind: 'red-line' as const,
      from: { person: 'bob' },
      to: { party: 'red' },
    }
    const withPerson: Dataset = {
      ...data,
      relations: [relation, byPerson, { ...relation, id: 'again' }],
    }
    const model = conflictModel(withPerson, {
      phase: 'end',
      measure: null,
      includeOpposition: false,
      rule: 'carried',
    })
    expect(model.relations.map((e) => [e.from, e.to, e.relations.map((r) => r.id)])).toEqual([
      ['red', 'blue', ['red-ultimatum', 'again']],
      ['blue', 'red', ['bob-red-line']],
    ])
  })

  test('pairDifferences lists shared known measures, biggest difference first', () => {
    const differences = pairDifferences(data, 'red', 'blue', 'end')
    expect(differences.map((d) => [d.measure.id, d.a, d.b, d.distance])).toEqual([
      ['cap', 'supports', 'red-line', 4],
      ['wait', 'supports', 'opposes', 3],
      ['brake', 'supports', 'opposes', 3],
      ['vote', 'supports', 'opposes', 3],
    ])
  })

  test('sharpestConflicts ranks a party’s pairs by disagreement', () => {
    const model = conflictModel(data, {
      phase: 'end',
      measure: null,
      includeOpposition: true,
      rule: 'carried',
    })
    expect(sharpestConflicts(model, 'green').map((p) => `${p.a}-${p.b}`)).toEqual([
      'red-green',
      'blue-green',
    ])
  })
})
