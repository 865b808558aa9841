import { describe, expect, test } from 'vitest'
import { changedSincePrevious, isOnTable, stanceCell } from '../../../src/model/stanceCell.ts'
import { loadTestland, withStances } from '../../support/testland.ts'

const data = loadTestland()

describe('stanceCell', () => {
  test('isOnTable(measure, phase) is false before the measure was proposed, derived from proposedAt', () => {
    expect(isOnTable(data, 'brake', 'before')).toBe(false)
    expect(isOnTable(data, 'brake', 'mid')).toBe(true)
    expect(isOnTable(data, 'vote', 'mid')).toBe(false)
  })

  test('stanceCell returns not-on-table, not unknown, before a measure was proposed', () => {
    expect(stanceCell(data, 'red', 'vote', 'mid')).toEqual({ kind: 'not-on-table' })
  })

  test('stanceCell returns the recorded position and its stance', () => {
    const cell = stanceCell(data, 'blue', 'cap', 'end')
    expect(cell.kind === 'stance' && cell.value).toBe('red-line')
    expect(cell.kind === 'stance' && cell.stance?.confidence).toBe('on-record')
  })

  test('stanceCell reads a party with no recorded stance as unknown with no record, never as a position', () => {
    const data2 = withStances(
      data,
      data.stances.filter((s) => s.party !== 'green'),
    )
    expect(stanceCell(data2, 'green', 'cap', 'end')).toEqual({
      kind: 'stance',
      value: 'unknown',
      stance: null,
    })
  })

  test('changedSincePrevious marks a changed position and a newly tabled known stance only', () => {
    expect(changedSincePrevious(data, 'blue', 'cap', 'mid')).toBe(true) // opposes → red line
    expect(changedSincePrevious(data, 'blue', 'wait', 'mid')).toBe(false) // conditional → conditional
    expect(changedSincePrevious(data, 'red', 'brake', 'mid')).toBe(true) // tabled and supported
    expect(changedSincePrevious(data, 'green', 'brake', 'mid')).toBe(false) // tabled but unknown
    expect(changedSincePrevious(data, 'green', 'cap', 'end')).toBe(true) // unknown → opposes
    expect(changedSincePrevious(data, 'red', 'cap', 'before')).toBe(false) // first phase
    const silent = withStances(
      data,
      data.stances.filter((s) => !(s.party === 'blue' && s.measure === 'cap' && s.phase === 'end')),
    )
    expect(changedSincePrevious(silent, 'blue', 'cap', 'end')).toBe(false) // fell silent
  })
})
