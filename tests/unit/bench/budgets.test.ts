import { describe, expect, test } from 'vitest'
import { checkBudgets, type Pair } from '../../bench/budgets.ts'
import { METRICS, type Summary } from '../../bench/summarize.ts'

const summary = (values: Partial<Summary>): Summary =>
  ({
    ...Object.fromEntries(Object.keys(METRICS).map((key) => [key, null])),
    ...values,
  }) as Summary

const pair = (app: Partial<Summary>, embed: Partial<Summary>): Pair => ({
  app: summary(app),
  embed: summary(embed),
  baseline: summary({ chartsVisible: 400 }),
})

describe('checkBudgets (issue 21)', () => {
  test('judges the page and the embed on the phone against the baseline on the same phone', () => {
    const results = checkBudgets({
      phone: pair(
        { chartsVisible: 280, interactive: 900, firstViewKB: 79, idleKB: 120, phasePaint: 15 },
        { chartsVisible: 480, interactive: 500, firstViewKB: 60, idleKB: 70, phasePaint: 16 },
      ),
    })
    const met = Object.fromEntries(results.map((r) => [r.budget, r.met]))
    expect(met['charts visible, page, phone']).toBe(true)
    expect(met['charts visible, embed, phone']).toBe(false)
    expect(met['interactive, page, phone']).toBe(false)
    expect(met['first-view JS + CSS, page, phone']).toBe(true)
    expect(met['JS + CSS until idle, page, phone']).toBe(false)
    expect(met['change phase, page, phone']).toBe(true)
    // Under 16 ms means under: 16 itself misses.
    expect(met['change phase, embed, phone']).toBe(false)
    expect(results.find((r) => r.budget === 'charts visible, embed, phone')?.factor).toBeCloseTo(
      1.2,
    )
  })

  test('a run without the desktop or the large dataset judges only what it measured', () => {
    const results = checkBudgets({ phone: pair({}, {}) })
    expect(results.every((r) => r.budget.endsWith('phone'))).toBe(true)
    expect(results.every((r) => r.met === null)).toBe(true)
  })
})
