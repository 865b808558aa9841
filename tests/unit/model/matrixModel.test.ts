import { describe, expect, test } from 'vitest'
import { matrixModel } from '../../../src/model/matrixModel.ts'
import { changedSincePrevious, stanceCell } from '../../../src/model/stanceCell.ts'
import { loadTestland, withStances } from '../../support/testland.ts'

const data = loadTestland()
const ids = (model: ReturnType<typeof matrixModel>) => model.rows.map((r) => r.party.id)

describe('matrixModel', () => {
  test('matrixModel orders rows coalition first, then by seats', () => {
    const model = matrixModel(data, {
      phase: 'end',
      topics: [],
      sortBy: 'side',
      showSilentParties: false,
      rule: 'carried',
    })
    expect(ids(model)).toEqual(['red', 'blue', 'green'])
  })

  test('matrixModel groups columns by topic in the dataset’s topic order', () => {
    const model = matrixModel(data, {
      phase: 'end',
      topics: [],
      sortBy: 'side',
      showSilentParties: false,
      rule: 'carried',
    })
    expect(model.columns.map((c) => c.measure.id)).toEqual(['cap', 'wait', 'brake', 'vote'])
    expect(model.cells).toHaveLength(12)
  })

  test('matrixModel counts the distinct sources behind the stances shown', () => {
    // at end every known stance cites s1 only; unknown stances cite none
    expect(
      matrixModel(data, {
        phase: 'end',
        topics: [],
        sortBy: 'side',
        showSilentParties: false,
        rule: 'carried',
      }).sourceIds,
    ).toEqual(['s1'])
  })

  test('matrixModel filters measures by topic', () => {
    const model = matrixModel(data, {
      phase: 'end',
      topics: ['process'],
      sortBy: 'side',
      showSilentParties: false,
      rule: 'carried',
    })
    expect(model.columns.map((c) => c.measure.id)).toEqual(['vote'])
  })

  test('matrixModel sorts by agreement with a party: that party first, then closest', () => {
    // red–green 0.75 (1 measure), red–blue 0.8125 (4 measures)
    const model = matrixModel(data, {
      phase: 'end',
      topics: [],
      sortBy: { agreementWith: 'red' },
      showSilentParties: false,
      rule: 'carried',
    })
    expect(ids(model)).toEqual(['red', 'green', 'blue'])
  })

  test('matrixModel puts parties with no shared known stance last when sorting by agreement', () => {
    const model = matrixModel(data, {
      phase: 'mid',
      topics: [],
      sortBy: { agreementWith: 'red' },
      showSilentParties: false,
      rule: 'carried',
    })
    expect(ids(model)).toEqual(['red', 'blue', 'green'])
    expect(model.rows[2]?.distance).toEqual({ value: null, basis: 0 })
  })

  test('matrixModel flags exactly the cells that changed since the previous phase', () => {
    const model = matrixModel(data, {
      phase: 'end',
      topics: [],
      sortBy: 'side',
      showSilentParties: false,
      rule: 'carried',
    })
    const changed = model.cells
      .filter((c) => c.changed)
      .map((c) => `${model.rows[c.row]?.party.id}:${model.columns[c.column]?.measure.id}`)
    // blue wait C→O, blue brake U→O, red vote tabled S, blue vote tabled O, green cap ?→O
    expect(changed.sort()).toEqual([
      'blue:brake',
      'blue:vote',
      'blue:wait',
      'green:cap',
      'red:vote',
    ])
  })

  test('matrixModel hides opposition parties with no known stance at any phase, unless asked', () => {
    const silent = withStances(
      data,
      data.stances.filter((s) => s.party !== 'green'),
    )
    const options = { phase: 'end', topics: [], sortBy: 'side' as const, rule: 'carried' as const }
    const hidden = matrixModel(silent, { ...options, showSilentParties: false, rule: 'carried' })
    expect(ids(hidden)).toEqual(['red', 'blue'])
    expect(hidden.hiddenParties).toEqual(['green'])
    expect(ids(matrixModel(silent, { ...options, showSilentParties: true }))).toEqual([
      'red',
      'blue',
      'green',
    ])
  })
})

test('matrixModel cells hold what stanceCell and changedSincePrevious say, at every phase and rule', () => {
  // blue falls silent on cap at mid: the carried rule shows its earlier stance there.
  const silentMid = withStances(
    data,
    data.stances.filter((s) => !(s.party === 'blue' && s.measure === 'cap' && s.phase === 'mid')),
  )
  for (const dataset of [data, silentMid])
    for (const rule of ['carried', 'reported'] as const)
      for (const phase of dataset.phases) {
        const model = matrixModel(dataset, {
          phase: phase.id,
          topics: [],
          sortBy: 'side',
          showSilentParties: true,
          rule,
        })
        for (const { row, column, cell, changed } of model.cells) {
          const party = model.rows[row]?.party.id ?? ''
          const measure = model.columns[column]?.measure.id ?? ''
          expect(cell).toEqual(stanceCell(dataset, party, measure, phase.id, rule))
          expect(changed).toBe(changedSincePrevious(dataset, party, measure, phase.id, rule))
        }
        expect(model.cells).toHaveLength(3 * 4)
      }
  const carried = matrixModel(silentMid, {
    phase: 'mid',
    topics: [],
    sortBy: 'side',
    showSilentParties: true,
    rule: 'carried',
  })
  // row blue (1), column cap (0): opposes, carried from before.
  expect(carried.cells[4]?.cell).toMatchObject({ value: 'opposes', carried: true })
})

describe('matrixModel across phases', () => {
  const at = (phase: string, sortBy: 'side' | { agreementWith: string } = 'side') =>
    matrixModel(data, { phase, topics: [], sortBy, showSilentParties: false, rule: 'carried' })

  test('matrixModel sorted by side holds the very same rows and columns at every phase, so the layout is not redone', () => {
    const before = at('before')
    const end = at('end')
    expect(end.rows).toBe(before.rows)
    expect(end.columns).toBe(before.columns)
    expect(end.cells).not.toBe(before.cells)
  })

  test('matrixModel gives other rows and columns for other silent-party and topic choices', () => {
    const end = at('end')
    const silent = matrixModel(data, {
      phase: 'end',
      topics: [],
      sortBy: 'side',
      showSilentParties: true,
      rule: 'carried',
    })
    const oneTopic = matrixModel(data, {
      phase: 'end',
      topics: [data.topics[0]?.id ?? ''],
      sortBy: 'side',
      showSilentParties: false,
      rule: 'carried',
    })
    expect(silent.rows).not.toBe(end.rows)
    expect(oneTopic.columns).not.toBe(end.columns)
    expect(oneTopic.columns.length).toBeLessThan(end.columns.length)
  })

  test('matrixModel sorted by agreement orders the rows of each phase afresh', () => {
    const sortBy = { agreementWith: 'red' }
    expect(at('end', sortBy).rows).not.toBe(at('before', sortBy).rows)
    expect(at('end', sortBy).rows[0]?.party.id).toBe('red')
  })
})
