import { ratio, type Summary } from './summarize.ts'

/** The app's and the baseline's medians on one dataset. */
export type Pair = { app: Summary; baseline: Summary }
/** The datasets the budgets of issue 8 speak of. */
export type Pairs = { bundled: Pair; large: Pair }

/** One budget of issue 8, judged on the medians. `met` is `null` when it could not be measured. */
export type BudgetResult = {
  budget: string
  limit: string
  measured: number | null
  unit: string
  met: boolean | null
  /** Measured divided by the limit: above 1 means missed by that factor. */
  factor: number | null
}

type Budget = {
  budget: string
  unit: string
  limit: number
  /** "under": strictly below the limit; otherwise at most the limit. */
  under?: boolean
  measure: (pairs: Pairs) => number | null
}

const BUDGETS: Budget[] = [
  {
    budget: 'first-view JS + CSS',
    unit: 'kB gzip',
    limit: 100,
    measure: (d) => d.bundled.app.firstViewKB,
  },
  {
    budget: 'charts visible, bundled',
    unit: '× baseline',
    limit: 1,
    measure: (d) => ratio(d.bundled.app.chartsVisible, d.bundled.baseline.chartsVisible),
  },
  {
    budget: 'interactive, bundled',
    unit: '× baseline charts visible',
    limit: 1.5,
    measure: (d) => ratio(d.bundled.app.interactive, d.bundled.baseline.chartsVisible),
  },
  ...(['party', 'phase'] as const).flatMap((what) => [
    {
      budget: `${what === 'party' ? 'select party' : 'change phase'}, bundled`,
      unit: 'ms to painted frame',
      limit: 16,
      under: true,
      measure: (d: Pairs) => d.bundled.app[`${what}Paint`],
    },
    {
      budget: `${what === 'party' ? 'select party' : 'change phase'}, 100 × 500`,
      unit: 'ms to painted frame',
      limit: 100,
      under: true,
      measure: (d: Pairs) => d.large.app[`${what}Paint`],
    },
  ]),
  {
    budget: 'first render, 100 × 500',
    unit: '× baseline',
    limit: 1,
    measure: (d) => ratio(d.large.app.chartsVisible, d.large.baseline.chartsVisible),
  },
]

/** Judges every budget of issue 8 on the medians. */
export function checkBudgets(pairs: Pairs): BudgetResult[] {
  return BUDGETS.map(({ budget, unit, limit, under, measure }) => {
    const measured = measure(pairs)
    const met = measured === null ? null : under ? measured < limit : measured <= limit
    const factor = measured === null ? null : measured / limit
    return { budget, limit: `${under ? '<' : '≤'} ${limit}`, measured, unit, met, factor }
  })
}
