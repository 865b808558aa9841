import { describe, expect, test } from 'vitest'
import { applyCheck, initialLive } from '../../../src/app/liveState.ts'
import { loadTestland } from '../../support/testland.ts'

const dataset = loadTestland()
const next = loadTestland()
const applied = () => ({ updated: new Set(['blue|wait']), phase: 'end' })
const start = initialLive(dataset, 'aaaa')

describe('applyCheck', () => {
  test('applyCheck(state, unchanged) returns the same state: nothing re-renders', () => {
    expect(applyCheck(start, { kind: 'unchanged' }, applied)).toBe(start)
  })

  test('applyCheck(state, changed) shows the new data and what it changed', () => {
    const state = applyCheck(
      start,
      { kind: 'changed', dataset: next, fingerprint: 'bbbb' },
      applied,
    )
    expect(state).toMatchObject({ dataset: next, fingerprint: 'bbbb', updates: 1, changedCount: 1 })
    expect(state.updated).toEqual(new Set(['blue|wait']))
  })

  test('applyCheck(state, broken) keeps the last good data, says so once, and clears on a good file', () => {
    const broken = applyCheck(start, { kind: 'broken', fingerprint: 'cccc', problems: [] }, applied)
    expect(broken).toMatchObject({ dataset, fingerprint: 'aaaa', seen: 'cccc', notice: 'broken' })
    expect(applyCheck(broken, { kind: 'broken', fingerprint: 'cccc', problems: [] }, applied)).toBe(
      broken,
    )
    const restored = applyCheck(broken, { kind: 'changed', dataset, fingerprint: 'aaaa' }, applied)
    expect(restored).toMatchObject({ dataset, updates: 0, notice: 'none' })
  })

  test('applyCheck(state, failed) shows the quiet line until a check is answered', () => {
    const failed = applyCheck(start, { kind: 'failed' }, applied)
    expect(failed.notice).toBe('unreachable')
    expect(applyCheck(failed, { kind: 'failed' }, applied)).toBe(failed)
    expect(applyCheck(failed, { kind: 'unchanged' }, applied).notice).toBe('none')
  })
})
