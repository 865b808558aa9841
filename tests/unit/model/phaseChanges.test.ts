import { describe, expect, test } from 'vitest'
import { indexDataset } from '../../../src/data/indexDataset.ts'
import { hardened, phaseChanges } from '../../../src/model/phaseChanges.ts'
import { loadTestland, withStances } from '../../support/testland.ts'

const data = loadTestland()

// A change in short: "moved party measure from→to", "tabled measure", "relation id".
const brief = (dataset = data, phase = 'end') =>
  phaseChanges(dataset, phase).map((c) =>
    c.kind === 'moved'
      ? `moved ${c.party.id} ${c.measure.id} ${c.from ?? 'none'}→${c.to}`
      : c.kind === 'tabled'
        ? `tabled ${c.measure.id}`
        : `relation ${c.relation.id}`,
  )

describe('phaseChanges', () => {
  test('phaseChanges(first phase) is empty: there is nothing before it', () => {
    expect(brief(data, 'before')).toEqual([])
  })

  test('phaseChanges(mid): blue hardened on cap, and the emergency brake came on the table', () => {
    // Moves compare the last known positions; a newly tabled measure is one item, not one per party.
    expect(brief(data, 'mid')).toEqual(['moved blue cap opposes→red-line', 'tabled brake'])
  })

  test('phaseChanges(end): moves in party then measure order, a first known position, then tabled', () => {
    expect(brief(data, 'end')).toEqual([
      'moved blue wait conditional→opposes',
      'moved blue brake undecided→opposes',
      'moved green cap none→opposes', // green's first known position
      'tabled vote',
    ])
  })

  test('phaseChanges does not list a party falling silent, nor its carried stance as a move', () => {
    const silent = withStances(
      data,
      data.stances.filter(
        (s) => !(s.party === 'blue' && s.measure === 'wait' && s.phase === 'end'),
      ),
    )
    expect(brief(silent, 'end')).not.toContain('moved blue wait conditional→opposes')
    expect(brief(silent, 'end')).toHaveLength(3)
  })

  test('phaseChanges lists ultimatums, red lines, proposals and vote threats made at the phase, not alliances', () => {
    const base = data.relations[0]
    if (!base) throw new Error('testland has a relation')
    const withRelations = indexDataset({
      ...data,
      relations: [
        ...data.relations,
        { ...base, id: 'blue-red-line', kind: 'red-line', phase: 'mid' },
        { ...base, id: 'red-blue-alliance', kind: 'alliance', phase: 'mid' },
      ],
    })
    expect(brief(withRelations, 'mid')).toEqual([
      'moved blue cap opposes→red-line',
      'tabled brake',
      'relation blue-red-line',
    ])
    // The ultimatum was made before: it is not news at mid.
    expect(brief(withRelations, 'before')).toEqual([])
  })

  test('hardened(from, to) is true towards rejection, false towards support', () => {
    expect(hardened('opposes', 'red-line')).toBe(true)
    expect(hardened('conditional', 'undecided')).toBe(true)
    expect(hardened('red-line', 'opposes')).toBe(false)
  })
})
