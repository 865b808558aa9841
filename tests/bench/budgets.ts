import { ratio, type Summary } from './summarize.ts'

/** The app's and the baseline's medians on one dataset. */
export type Pair = { app: Summary; baseline: Summary }
/** The datasets the budgets of issue 8 speak of; a run limited by BENCH_CASES may lack one. */
export type Pairs = { bundled?: Pair | undefined; large?: Pair | undefined }
type Measured = { bundled: Pair; large: Pair }

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
  /** The dataset the budget is judged on. */
  on: keyof Measured
  measure: (pairs: Measured) => number | null
}

const BUDGETS: Budget[] = [
  {
    budget: 'first-view JS + CSS',
    unit: 'kB gzip',
    limit: 100,
    on: 'bundled',
    measure: (d) => d.bundled.app.firstViewKB,
  },
  {
    budget: 'charts visible, bundled',
    unit: '× baseline',
    limit: 1,
    on: 'bundled',
    measure: (d) => ratio(d.bundled.app.chartsVisible, d.bundled.baseline.chartsVisible),
  },
  {
    budget: 'interactive, bundled',
    unit: '× baseline charts visible',
    limit: 1.5,
    on: 'bundled',
    measure: (d) => ratio(d.bundled.app.interactive, d.bundled.baseline.chartsVisible),
  },
  ...(['party', 'phase'] as const).flatMap((what) => [
    {
      budget: `${what === 'party' ? 'select party' : 'change phase'}, bundled`,
      unit: 'ms to painted frame',
      limit: 16,
      under: true,
      on: 'bundled' as const,
      measure: (d: Measured) => d.bundled.app[`${what}Paint`],
    },
    {
      budget: `${what === 'party' ? 'select party' : 'change phase'}, 100 × 500`,
      unit: 'ms to painted frame',
      limit: 100,
      under: true,
      on: 'large' as const,
      measure: (d: Measured) => d.large.app[`${what}Paint`],
    },
  ]),
  {
    budget: 'first render, 100 × 500',
    unit: '× baseline',
    limit: 1,
    on: 'large',
    measure: (d) => ratio(d.large.app.chartsVisible, d.large.baseline.chartsVisible),
  },
]

/** Judges every budget of issue 8 whose dataset was measured, on the medians. */
export function checkBudgets(pairs: Pairs): BudgetResult[] {
  return BUDGETS.filter((b) => pairs[b.on] !== undefined).map(
    ({ budget, unit, limit, under, measure }) => {
      const measured = measure(pairs as Measured)
      const met = measured === null ? null : under ? measured < limit : measured <= limit
      const factor = measured === null ? null : measured / limit
      return { budget, limit: `${under ? '<' : '≤'} ${limit}`, measured, unit, met, factor }
    },
  )
}
