import { describe, expect, test } from 'vitest'
import {
  changedSincePrevious,
  isOnTable,
  type StanceCell,
  stanceCell,
} from '../../../src/model/stanceCell.ts'
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
      carried: false,
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

// What a cell shows, in short: position, and the phase it was reported at when carried.
const shown = (cell: StanceCell) =>
  cell.kind === 'not-on-table'
    ? '-'
    : `${cell.value}${cell.carried ? ` from ${cell.stance?.phase}` : ''}`

describe('stanceCell carries the last known stance forward', () => {
  // blue on cap: opposes (before), silence (mid: recorded unknown), red line (end).
  const silentMid = withStances(
    data,
    data.stances.map((s) =>
      s.party === 'blue' && s.measure === 'cap' && s.phase === 'mid'
        ? { ...s, position: 'unknown' as const, confidence: undefined, sources: [] }
        : s,
    ),
  )

  test('stanceCell(…, carried) shows a report, then carries it over silence, then shows the new report', () => {
    const at = (phase: string) => shown(stanceCell(silentMid, 'blue', 'cap', phase))
    expect([at('before'), at('mid'), at('end')]).toEqual([
      'opposes',
      'opposes from before',
      'red-line',
    ])
    const carried = stanceCell(silentMid, 'blue', 'cap', 'mid')
    // The carried cell brings the earlier report itself: its summary and sources.
    expect(carried.kind === 'stance' && carried.stance?.phase).toBe('before')
  })

  test('stanceCell(…, reported) shows only what was reported at the phase', () => {
    const at = (phase: string) => shown(stanceCell(silentMid, 'blue', 'cap', phase, 'reported'))
    expect([at('before'), at('mid'), at('end')]).toEqual(['opposes', 'unknown', 'red-line'])
  })

  test('stanceCell carries a stance even when no record at all exists for the later phase', () => {
    const dropped = withStances(
      data,
      data.stances.filter(
        (s) => !(s.party === 'blue' && s.measure === 'wait' && s.phase === 'end'),
      ),
    )
    expect(shown(stanceCell(dropped, 'blue', 'wait', 'end'))).toBe('conditional from mid')
    expect(shown(stanceCell(dropped, 'blue', 'wait', 'end', 'reported'))).toBe('unknown')
  })

  test('stanceCell never carries into a phase where the measure is not yet on the table', () => {
    // brake is tabled at mid: nothing exists before it, and its first phase is not carried into.
    expect(shown(stanceCell(data, 'red', 'brake', 'before'))).toBe('-')
    expect(shown(stanceCell(data, 'red', 'brake', 'mid'))).toBe('supports')
    expect(shown(stanceCell(data, 'red', 'vote', 'mid'))).toBe('-')
  })

  test('stanceCell shows unknown for a party that never spoke, keeping its recorded summary', () => {
    // green on wait: unknown at every phase.
    for (const phase of ['before', 'mid', 'end']) {
      const cell = stanceCell(data, 'green', 'wait', phase)
      expect(shown(cell)).toBe('unknown')
      expect(cell.kind === 'stance' && cell.stance?.phase).toBe(phase)
    }
    const gone = withStances(
      data,
      data.stances.filter((s) => s.party !== 'green'),
    )
    expect(stanceCell(gone, 'green', 'cap', 'end')).toEqual({
      kind: 'stance',
      value: 'unknown',
      stance: null,
      carried: false,
    })
  })

  test('changedSincePrevious: a carried stance is no change; a new report against the carried one is', () => {
    expect(changedSincePrevious(silentMid, 'blue', 'cap', 'mid')).toBe(false) // carried
    expect(changedSincePrevious(silentMid, 'blue', 'cap', 'end')).toBe(true) // opposes → red line
    // Reported only: opposes, unknown (no change), then red line counts as new.
    expect(changedSincePrevious(silentMid, 'blue', 'cap', 'end', 'reported')).toBe(true)
    expect(changedSincePrevious(silentMid, 'blue', 'cap', 'mid', 'reported')).toBe(false)
  })
})
