import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { dirname } from 'node:path'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../browser/support/chromium.ts'
import { type StaticServer, serveDist } from '../browser/support/staticServer.ts'
import { checkBudgets, type Pair } from './budgets.ts'
import {
  APP_DIR,
  BASELINE_DIR,
  buildApp,
  buildBaseline,
  builtAssetsGzip,
  CLIENT_PAGE,
} from './buildPages.ts'
import { budgetTable, pairTable } from './formatReport.ts'
import { generateDataset } from './generateDataset.ts'
import { measurePage, type RunResult } from './measurePage.ts'
import { summarize } from './summarize.ts'

// `npm run bench`: issue 8's benchmark. It reports; it never fails on a slow machine, only
// when something could not be measured at all.
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
/** After this long, a case stops once it has MIN_RUNS, to keep a run near ten minutes. */
const SOFT_CAP_MS = 8 * 60_000
const MIN_RUNS = 3
const OUTPUT = 'tests/output/bench.json'

type Case = { id: 'bundled' | 'medium' | 'large'; body: string | null; timeoutMs: number }
type PageName = 'app' | 'baseline'

const synthetic = (parties: number, measures: number) =>
  JSON.stringify(generateDataset({ parties, measures, phases: 4, seed: 1 }))
const ALL_CASES: Case[] = [
  { id: 'bundled', body: null, timeoutMs: 30_000 },
  { id: 'medium', body: synthetic(20, 100), timeoutMs: 60_000 },
  { id: 'large', body: synthetic(100, 500), timeoutMs: 180_000 },
]
/** `BENCH_CASES=large` (or `bundled,large`) measures only those, e.g. while working on one. */
const only = process.env.BENCH_CASES?.split(',').map((id) => id.trim())
const CASES = only ? ALL_CASES.filter((c) => only.includes(c.id)) : ALL_CASES

/** "rutte4-asylum-2023: 22 parties × 10 measures × 4 phases, 115 stances". */
function describeCase({ body }: Case): string {
  const data = JSON.parse(body ?? readFileSync('data/rutte4-asylum-2023.json', 'utf8'))
  const { meta, parties, measures, phases, stances } = data
  return `${meta.id}: ${parties.length} parties × ${measures.length} measures × ${phases.length} phases, ${stances.length} stances`
}

async function runCase(
  browser: Browser,
  servers: Record<PageName, StaticServer>,
  c: Case,
  started: number,
) {
  const runs: Record<PageName, RunResult[]> = { app: [], baseline: [] }
  const failures: string[] = []
  for (let i = 0; i < RUNS && (i < MIN_RUNS || Date.now() - started < SOFT_CAP_MS); i++) {
    // Alternate who goes first, so drift on a noisy machine hits both alike.
    const order: PageName[] = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app']
    for (const page of order) {
      // The prerendered page shows the bundled dataset; others render on the client.
      const client = page === 'app' && c.body !== null ? CLIENT_PAGE : ''
      const options = { url: servers[page].url + client, dataset: c.body, timeoutMs: c.timeoutMs }
      await measurePage(browser, options).then(
        (result) => runs[page].push(result),
        (error: unknown) => failures.push(`${page}, run ${i + 1}: ${String(error).split('\n')[0]}`),
      )
    }
    process.stdout.write('.')
  }
  const median: Pair = { app: summarize(runs.app), baseline: summarize(runs.baseline) }
  return { id: c.id, dataset: describeCase(c), runs, failures, median }
}

const started = Date.now()
console.log('Building the app and the baseline page…')
buildApp()
await buildBaseline()
const servers = {
  app: await serveDist({ root: APP_DIR }),
  baseline: await serveDist({ root: BASELINE_DIR }),
}
const browser = await launchChromium()
const cases = []
try {
  for (const c of CASES) {
    process.stdout.write(`\n${describeCase(c)} `)
    const result = await runCase(browser, servers, c, started)
    const counts = `${result.runs.app.length} app / ${result.runs.baseline.length} baseline runs`
    console.log(`\n${counts}\n${pairTable(result.median)}`)
    for (const failure of result.failures) console.log(`  failed: ${failure}`)
    const errors = new Set(
      Object.values(result.runs).flatMap((runs) => runs.flatMap((r) => r.errors)),
    )
    for (const error of errors) console.log(`  page error: ${error}`)
    cases.push(result)
  }
} finally {
  await browser.close().catch(() => {})
  await Promise.all([servers.app.close(), servers.baseline.close()])
}

const byId: Partial<Record<Case['id'], Pair>> = Object.fromEntries(
  cases.map((c) => [c.id, c.median]),
)
const budgets = checkBudgets({ bundled: byId.bundled, large: byId.large })
const assets = { app: builtAssetsGzip(APP_DIR), baseline: builtAssetsGzip(BASELINE_DIR) }
console.log(
  `\nAll JS+CSS the builds emit (kB gzip): app ${assets.app / 1000}, baseline ${assets.baseline / 1000}`,
)
console.log(`\nBudgets (issue 8)\n${budgetTable(budgets)}`)

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(totalmem() / 1e9),
  node: process.version,
  chromium: browser.version(),
}
const report = { date: new Date().toISOString(), machine, runsAsked: RUNS, assets, budgets, cases }
mkdirSync(dirname(OUTPUT), { recursive: true })
writeFileSync(OUTPUT, `${JSON.stringify(report, null, 2)}\n`)
console.log(`\nWrote ${OUTPUT} in ${Math.round((Date.now() - started) / 1000)} s.`)

const unmeasured = [
  ...cases.flatMap((c) =>
    Object.entries(c.runs)
      .filter(([, runs]) => runs.length === 0)
      .map(([page]) => `${page} on ${c.id}`),
  ),
  ...budgets.filter((b) => b.measured === null).map((b) => b.budget),
]
if (unmeasured.length > 0) {
  console.error(`Could not measure: ${unmeasured.join(', ')}`)
  process.exit(1)
}
