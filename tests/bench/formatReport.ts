import type { BudgetResult, Pair } from './budgets.ts'
import { METRICS, type MetricKey, ratio } from './summarize.ts'

/** A number for the table: one decimal below 100, none above; a dash when missing. */
export function formatNumber(value: number | null): string {
  if (value === null) return '—'
  return value < 100 ? value.toFixed(1) : value.toFixed(0)
}

/** Plain-text columns: the first left-aligned, the rest right-aligned. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? []
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    )
    .join('\n')
}

/** One dataset's medians: app (and its embed), baseline and the ratio, one metric a line. */
export function pairTable(pair: Pair): string {
  const { embed } = pair
  const rows = (Object.keys(METRICS) as MetricKey[]).map((key) => {
    const [app, base] = [pair.app[key], pair.baseline[key]]
    const r = ratio(app, base)
    return [
      METRICS[key].label,
      formatNumber(app),
      ...(embed ? [formatNumber(embed[key])] : []),
      formatNumber(base),
      r === null ? '—' : r.toFixed(2),
    ]
  })
  const header = ['metric (median)', 'app', ...(embed ? ['embed'] : []), 'baseline', 'app/baseline']
  return formatTable([header, ...rows])
}

/** The budgets of issues 8 and 21: limit, measured, met or missed and by what factor. */
export function budgetTable(results: readonly BudgetResult[]): string {
  const rows = results.map((b) => [
    b.budget,
    `${b.limit} ${b.unit}`,
    b.measured === null ? '—' : b.measured.toFixed(b.unit.startsWith('×') ? 2 : 1),
    b.met === null
      ? 'not measured'
      : b.met
        ? 'met'
        : `MISSED (${(b.factor ?? 0).toFixed(2)}× the limit)`,
  ])
  return formatTable([['budget', 'limit', 'measured', 'result'], ...rows])
}
