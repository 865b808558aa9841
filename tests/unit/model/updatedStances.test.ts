import { describe, expect, test } from 'vitest'
import { updatedStances } from '../../../src/model/updatedStances.ts'
import { loadTestland, withStances } from '../../support/testland.ts'

const before = loadTestland()
/** Testland with blue's wait stance at `end` turned from opposes to supports. */
const after = withStances(
  before,
  before.stances.map((s) =>
    s.party === 'blue' && s.measure === 'wait' && s.phase === 'end'
      ? { ...s, position: 'supports' as const }
      : s,
  ),
)
const at = (dataset: typeof before, phase: string) => ({ dataset, phase, rule: 'carried' as const })

describe('updatedStances', () => {
  test('updatedStances(same, same) is empty', () => {
    expect(updatedStances(at(before, 'end'), at(before, 'end'))).toEqual(new Set())
  })

  test('updatedStances(before, after) at end names the one changed cell', () => {
    expect(updatedStances(at(before, 'end'), at(after, 'end'))).toEqual(new Set(['blue|wait']))
  })

  test('updatedStances at mid sees nothing: the change is at end only', () => {
    expect(updatedStances(at(before, 'mid'), at(after, 'mid'))).toEqual(new Set())
  })

  test('a reader moved from mid to end by the update sees every cell that differs (worked out by hand)', () => {
    // mid → end in testland: red brake S→S, red vote -→S; blue cap R→R but from unnamed
    // sources to named ones, wait C→S (edited), brake U→O, vote -→O; green cap ?→O, vote -→?.
    expect(updatedStances(at(before, 'mid'), at(after, 'end'))).toEqual(
      new Set([
        'red|vote',
        'blue|cap',
        'blue|wait',
        'blue|brake',
        'blue|vote',
        'green|cap',
        'green|vote',
      ]),
    )
  })
})
