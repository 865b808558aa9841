import type { RunResult } from './measurePage.ts'

/** The medians of one page's runs on one dataset; `null` where no run measured it. */
export type Summary = Record<MetricKey, number | null>

/** Every metric the table shows, with its unit; times in ms since navigation start. */
export const METRICS = {
  firstViewKB: { label: 'JS+CSS, first view (kB gzip)', pick: (r) => r.firstViewGzip / 1000 },
  idleKB: { label: 'JS+CSS, until idle (kB gzip)', pick: (r) => r.idleGzip / 1000 },
  onDemandKB: { label: 'JS+CSS, on demand (kB gzip)', pick: (r) => r.onDemandGzip / 1000 },
  fcp: { label: 'first contentful paint (ms)', pick: (r) => r.fcp },
  matrixInDom: { label: 'matrix in DOM, first frame (ms)', pick: (r) => r.times.matrixInDom },
  chartsVisible: { label: 'charts visible (ms)', pick: (r) => r.chartsVisible },
  interactive: { label: 'interactive: cell click → card (ms)', pick: (r) => r.times.cardShown },
  heapMB: { label: 'JS heap after load (MB)', pick: (r) => (r.heapBytes ?? Number.NaN) / 1e6 },
  partyFrame: { label: 'select party → next frame (ms)', pick: (r) => r.selectParty.frame },
  partyPaint: { label: 'select party → painted (ms)', pick: (r) => r.selectParty.paint },
  phaseFrame: { label: 'change phase → next frame (ms)', pick: (r) => r.changePhase.frame },
  phasePaint: { label: 'change phase → painted (ms)', pick: (r) => r.changePhase.paint },
} satisfies Record<string, { label: string; pick: (r: RunResult) => number | null }>
export type MetricKey = keyof typeof METRICS

/** The middle value (mean of the two middle ones for an even count), or `null` for none. */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  const upper = sorted[mid] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2
}

/** Medians of every metric over the runs. */
export function summarize(runs: readonly RunResult[]): Summary {
  const entries = Object.entries(METRICS).map(([key, metric]) => {
    const values = runs.map(metric.pick).filter((v): v is number => v !== null)
    return [key, median(values)]
  })
  return Object.fromEntries(entries) as Summary
}

/** `a / b` rounded for a table, or `null` when either is missing. */
export function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b
}
