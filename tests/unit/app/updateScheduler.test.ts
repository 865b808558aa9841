import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import {
  type CheckOutcome,
  MAX_DELAY_MS,
  nextDelay,
  startUpdateScheduler,
  type Visibility,
} from '../../../src/app/updateScheduler.ts'

describe('nextDelay', () => {
  test('nextDelay(interval, 0) spreads the interval by ±20 %', () => {
    expect(nextDelay(60_000, 0, () => 0)).toBe(48_000)
    expect(nextDelay(60_000, 0, () => 0.5)).toBe(60_000)
    expect(nextDelay(60_000, 0, () => 0.999_999)).toBe(72_000)
  })

  test('nextDelay doubles per failure and never exceeds ten minutes', () => {
    const half = () => 0.5
    expect([0, 1, 2, 3].map((n) => nextDelay(30_000, n, half))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ])
    expect(nextDelay(30_000, 5, half)).toBe(MAX_DELAY_MS)
    expect(nextDelay(30_000, 50, () => 0.999)).toBe(MAX_DELAY_MS)
  })
})

/** A page's visibility the test can flip. */
function fakeVisibility(): Visibility & { set: (hidden: boolean) => void } {
  let hidden = false
  const listeners = new Set<() => void>()
  return {
    hidden: () => hidden,
    onChange: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    set: (value) => {
      hidden = value
      for (const listener of listeners) listener()
    },
  }
}

describe('startUpdateScheduler', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const start = (outcomes: CheckOutcome[] = []) => {
    const visibility = fakeVisibility()
    const check = vi.fn(async () => outcomes.shift() ?? 'answered')
    const stop = startUpdateScheduler({
      intervalMs: 10_000,
      check,
      visibility,
      random: () => 0.5,
      timers: { setTimeout, clearTimeout } as never,
    })
    return { visibility, check, stop }
  }

  test('checks once per interval while the page is visible', async () => {
    const { check, stop } = start()
    await vi.advanceTimersByTimeAsync(9_999)
    expect(check).toHaveBeenCalledTimes(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(check).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(30_000)
    expect(check).toHaveBeenCalledTimes(4)
    stop()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(check).toHaveBeenCalledTimes(4)
  })

  test('a hidden page checks nothing; shown again, it checks at once, then per interval', async () => {
    const { visibility, check, stop } = start()
    visibility.set(true)
    await vi.advanceTimersByTimeAsync(120_000)
    expect(check).toHaveBeenCalledTimes(0)
    visibility.set(false)
    await vi.advanceTimersByTimeAsync(0)
    expect(check).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(check).toHaveBeenCalledTimes(2)
    stop()
  })

  test('failures back off 10, 20, 40 s, and one answer brings the interval back', async () => {
    const { check, stop } = start(['failed', 'failed', 'failed', 'answered'])
    const callsAt = async (ms: number) => {
      await vi.advanceTimersByTimeAsync(ms)
      return check.mock.calls.length
    }
    expect(await callsAt(10_000)).toBe(1) // fails
    expect(await callsAt(19_999)).toBe(1)
    expect(await callsAt(1)).toBe(2) // fails again, after 20 s
    expect(await callsAt(40_000)).toBe(3) // fails a third time, after 40 s
    expect(await callsAt(80_000)).toBe(4) // answers, after 80 s
    expect(await callsAt(10_000)).toBe(5) // back to every 10 s
    stop()
  })

  test('a check that throws counts as a failure, and never two checks at once', async () => {
    let release = () => {}
    const visibility = fakeVisibility()
    const check = vi.fn(
      () =>
        new Promise<CheckOutcome>((_, reject) => {
          release = () => reject(new Error('offline'))
        }),
    )
    const stop = startUpdateScheduler({
      intervalMs: 10_000,
      check,
      visibility,
      random: () => 0.5,
    })
    await vi.advanceTimersByTimeAsync(10_000)
    visibility.set(true)
    visibility.set(false) // shown again while the first check still waits
    expect(check).toHaveBeenCalledTimes(1)
    release()
    await vi.advanceTimersByTimeAsync(19_999)
    expect(check).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(check).toHaveBeenCalledTimes(2)
    stop()
  })
})
