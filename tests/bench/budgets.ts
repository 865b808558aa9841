import { ratio, type Summary } from './summarize.ts'

/** The app's, its embed's (bundled dataset only) and the baseline's medians on one dataset. */
export type Pair = { app: Summary; baseline: Summary; embed?: Summary }
/**
 * The runs the budgets speak of: the bundled dataset on the desktop and on the phone, and the
 * 100 × 500 one on the desktop; a run limited by BENCH_CASES or BENCH_PROFILES may lack some.
 */
export type Pairs = {
  bundled?: Pair | undefined
  phone?: Pair | undefined
  large?: Pair | undefined
}
type Measured = Required<{ [K in keyof Pairs]: Pair }>

/** One budget, judged on the medians. `met` is `null` when it could not be measured. */
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
  /** The run the budget is judged on. */
  on: keyof Measured
  measure: (pairs: Measured) => number | null
}

/** Issue 21's budgets for the bundled dataset, for the page and its embed on one device. */
function firstViewBudgets(on: 'bundled' | 'phone'): Budget[] {
  const device = on === 'bundled' ? 'desktop' : 'phone'
  return (['app', 'embed'] as const).flatMap((target): Budget[] => {
    const name = `${target === 'app' ? 'page' : 'embed'}, ${device}`
    const own = (d: Measured) => d[on][target] ?? null
    return [
      {
        budget: `charts visible, ${name}`,
        unit: '× baseline',
        limit: 1,
        on,
        measure: (d) => ratio(own(d)?.chartsVisible ?? null, d[on].baseline.chartsVisible),
      },
      {
        budget: `interactive, ${name}`,
        unit: '× baseline charts visible',
        limit: 1.5,
        on,
        measure: (d) => ratio(own(d)?.interactive ?? null, d[on].baseline.chartsVisible),
      },
      {
        budget: `first-view JS + CSS, ${name}`,
        unit: 'kB gzip',
        limit: 80,
        on,
        measure: (d) => own(d)?.firstViewKB ?? null,
      },
      {
        budget: `JS + CSS until idle, ${name}`,
        unit: 'kB gzip',
        limit: 100,
        on,
        measure: (d) => own(d)?.idleKB ?? null,
      },
      ...(['party', 'phase'] as const).map(
        (what): Budget => ({
          budget: `${what === 'party' ? 'select party' : 'change phase'}, ${name}`,
          unit: 'ms to painted frame',
          limit: 16,
          under: true,
          on,
          measure: (d) => own(d)?.[`${what}Paint`] ?? null,
        }),
      ),
    ]
  })
}

const BUDGETS: Budget[] = [
  ...firstViewBudgets('bundled'),
  ...firstViewBudgets('phone'),
  ...(['party', 'phase'] as const).map(
    (what): Budget => ({
      budget: `${what === 'party' ? 'select party' : 'change phase'}, 100 × 500`,
      unit: 'ms to painted frame',
      limit: 100,
      under: true,
      on: 'large',
      measure: (d) => d.large.app[`${what}Paint`],
    }),
  ),
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
