import { describe, expect, test } from 'vitest'
import { HISTORY_LIMIT, pushEdit, redo, startHistory, undo } from '../../../src/editor/history.ts'

describe('history', () => {
  test('undo(h) steps back and redo(h) forward again', () => {
    const h = pushEdit(pushEdit(startHistory('a'), 'b'), 'c')
    expect(undo(h).present).toBe('b')
    expect(undo(undo(h)).present).toBe('a')
    expect(redo(undo(undo(h))).present).toBe('b')
  })

  test('undo() and redo() leave a history with nothing to step through as it is', () => {
    const h = startHistory('a')
    expect(undo(h)).toBe(h)
    expect(redo(h)).toBe(h)
  })

  test('pushEdit(h, next, key) merges keystrokes in one field into one undo step', () => {
    let h = startHistory('')
    for (const text of ['N', 'No', 'Now']) h = pushEdit(h, text, 'title.en')
    h = pushEdit(h, 'Now!', 'title.nl')
    expect(h.present).toBe('Now!')
    expect(undo(h).present).toBe('Now')
    expect(undo(undo(h)).present).toBe('')
  })

  test('pushEdit() after an undo clears the redo list', () => {
    const h = pushEdit(undo(pushEdit(startHistory(1), 2)), 3)
    expect(h.future).toEqual([])
    expect(undo(h).present).toBe(1)
  })

  test(`pushEdit() keeps at most ${HISTORY_LIMIT} steps`, () => {
    let h = startHistory(0)
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) h = pushEdit(h, i)
    expect(h.past).toHaveLength(HISTORY_LIMIT)
    expect(h.past[0]).toBe(5)
  })
})
