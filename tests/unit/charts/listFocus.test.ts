import { expect, test, vi } from 'vitest'
import { handleListKey, moveListFocus } from '../../../src/charts/listFocus.ts'

test('moveListFocus wraps with the arrows and jumps with Home/End', () => {
  expect(moveListFocus(2, 'ArrowRight', 3)).toBe(0)
  expect(moveListFocus(0, 'ArrowUp', 3)).toBe(2)
  expect(moveListFocus(1, 'End', 3)).toBe(2)
  expect(moveListFocus(1, 'Tab', 3)).toBeNull()
})

test('handleListKey moves, activates and escapes, and leaves other keys to the browser', () => {
  const actions = { index: 1, count: 3, focusAt: vi.fn(), activate: vi.fn(), escape: vi.fn() }
  const key = (k: string) => {
    const event = { key: k, preventDefault: vi.fn() }
    handleListKey(event, actions)
    return event.preventDefault.mock.calls.length
  }
  expect(key('ArrowDown')).toBe(1)
  expect(actions.focusAt).toHaveBeenCalledWith(2)
  expect(key('Enter')).toBe(1)
  expect(actions.activate).toHaveBeenCalledWith(1)
  expect(key('Escape')).toBe(0)
  expect(actions.escape).toHaveBeenCalledTimes(1)
  expect(key('Tab')).toBe(0)
})
