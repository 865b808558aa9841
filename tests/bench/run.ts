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
import { EMBED_HOST_PAGE, PROFILES, type Profile } from './profiles.ts'
import { summarize } from './summarize.ts'

// `npm run bench`: issue 8's benchmark. It reports; it never fails on a slow machine, only
// when something could not be measured at all.
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
/** After this long, a case stops once it has MIN_RUNS, to keep a run near ten minutes. */
const SOFT_CAP_MS = 8 * 60_000
const MIN_RUNS = 3
const OUTPUT = 'tests/output/bench.json'

type Case = {
  id: 'bundled' | 'medium' | 'large'
  body: string | null
  timeoutMs: number
  profile: Profile
}
/** The app's page, its embed in a host page (bundled dataset only), and the plain-D3 baseline. */
type PageName = 'app' | 'embed' | 'baseline'

const synthetic = (parties: number, measures: number) =>
  JSON.stringify(generateDataset({ parties, measures, phases: 4, seed: 1 }))
const [DESKTOP, PHONE] = PROFILES as [Profile, Profile]
// The bundled dataset on both devices; the synthetic sizes (issue 8's budgets) on the desktop.
const ALL_CASES: Case[] = [
  { id: 'bundled', body: null, timeoutMs: 30_000, profile: DESKTOP },
  { id: 'bundled', body: null, timeoutMs: 60_000, profile: PHONE },
  { id: 'medium', body: synthetic(20, 100), timeoutMs: 60_000, profile: DESKTOP },
  { id: 'large', body: synthetic(100, 500), timeoutMs: 180_000, profile: DESKTOP },
]
/** `BENCH_CASES=large` (or `bundled,large`) measures only those, e.g. while working on one. */
const only = process.env.BENCH_CASES?.split(',').map((id) => id.trim())
const profiles = process.env.BENCH_PROFILES?.split(',').map((id) => id.trim())
const CASES = ALL_CASES.filter(
  (c) => (!only || only.includes(c.id)) && (!profiles || profiles.includes(c.profile.id)),
)

/** "rutte4-asylum-2023: 22 parties × 10 measures × 4 phases, 115 stances". */
function describeCase({ body, profile }: Case): string {
  const data = JSON.parse(body ?? readFileSync('data/rutte4-asylum-2023.json', 'utf8'))
  const { meta, parties, measures, phases, stances } = data
  return `${meta.id}: ${parties.length} parties × ${measures.length} measures × ${phases.length} phases, ${stances.length} stances; ${profile.id} (${profile.viewport.width} px, CPU ÷${profile.cpuSlowdown})`
}

async function runCase(
  browser: Browser,
  servers: Record<'app' | 'baseline', StaticServer>,
  c: Case,
  started: number,
) {
  const pages: PageName[] = c.body === null ? ['app', 'embed', 'baseline'] : ['app', 'baseline']
  const runs: Record<PageName, RunResult[]> = { app: [], embed: [], baseline: [] }
  const failures: string[] = []
  for (let i = 0; i < RUNS && (i < MIN_RUNS || Date.now() - started < SOFT_CAP_MS); i++) {
    // Rotate who goes first, so drift on a noisy machine hits all alike.
    const order = pages.map((_, k) => pages[(i + k) % pages.length] as PageName)
    for (const page of order) {
      const server = servers[page === 'baseline' ? 'baseline' : 'app']
      // The prerendered page shows the bundled dataset; others render on the client.
      const path =
        page === 'embed' ? EMBED_HOST_PAGE : page === 'app' && c.body !== null ? CLIENT_PAGE : ''
      const options = {
        url: server.url + path,
        dataset: c.body,
        timeoutMs: c.timeoutMs,
        profile: c.profile,
        inFrame: page === 'embed',
      }
      await measurePage(browser, options).then(
        (result) => runs[page].push(result),
        (error: unknown) => failures.push(`${page}, run ${i + 1}: ${String(error).split('\n')[0]}`),
      )
    }
    process.stdout.write('.')
  }
  const median: Pair = {
    app: summarize(runs.app),
    baseline: summarize(runs.baseline),
    ...(runs.embed.length > 0 ? { embed: summarize(runs.embed) } : {}),
  }
  return { id: c.id, profile: c.profile.id, dataset: describeCase(c), runs, failures, median }
}

const started = Date.now()
console.log('Building the app and the baseline page…')
buildApp()
await buildBaseline()
const servers: Record<'app' | 'baseline', StaticServer> = {
  app: await serveDist({ root: APP_DIR }),
  baseline: await serveDist({ root: BASELINE_DIR }),
}
const browser = await launchChromium()
const cases: Awaited<ReturnType<typeof runCase>>[] = []
try {
  for (const c of CASES) {
    process.stdout.write(`\n${describeCase(c)} `)
    const result = await runCase(browser, servers, c, started)
    const counts = `${result.runs.app.length} app / ${result.runs.embed.length} embed / ${result.runs.baseline.length} baseline runs`
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

const medianOf = (id: Case['id'], profile: Profile['id']) =>
  cases.find((c) => c.id === id && c.profile === profile)?.median
const budgets = checkBudgets({
  bundled: medianOf('bundled', 'desktop'),
  phone: medianOf('bundled', 'phone'),
  large: medianOf('large', 'desktop'),
})
const assets = { app: builtAssetsGzip(APP_DIR), baseline: builtAssetsGzip(BASELINE_DIR) }
console.log(
  `\nAll JS+CSS the builds emit (kB gzip): app ${assets.app / 1000}, baseline ${assets.baseline / 1000}`,
)
console.log(`\nBudgets (issues 8 and 21)\n${budgetTable(budgets)}`)

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
      .filter(([page, runs]) => runs.length === 0 && (page !== 'embed' || c.id === 'bundled'))
      .map(([page]) => `${page} on ${c.id} (${c.profile})`),
  ),
  ...budgets.filter((b) => b.measured === null).map((b) => b.budget),
]
if (unmeasured.length > 0) {
  console.error(`Could not measure: ${unmeasured.join(', ')}`)
  process.exit(1)
}
