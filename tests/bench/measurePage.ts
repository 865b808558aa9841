import { gzipSync } from 'node:zlib'
import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core'
import { type ProbeTimes, probeScript, type SelectionTimes } from './probe.ts'
import type { Profile } from './profiles.ts'

/** One page load in a fresh context: what it weighed, when it showed and answered, what it held. */
export type RunResult = {
  times: ProbeTimes
  /** First contentful paint: any content, such as a loading line. */
  fcp: number | null
  /** The charts are visible: the later of first contentful paint and the matrix's first paint. */
  chartsVisible: number
  /** Gzip bytes of the JS and CSS loaded until the first view was interactive. */
  firstViewGzip: number
  /** Gzip bytes of the JS and CSS loaded until the page went idle, before any selection. */
  idleGzip: number
  /** Gzip bytes of the JS and CSS loaded later, on demand, during the selections. */
  onDemandGzip: number
  /** JS heap in use after load and a forced garbage collection. */
  heapBytes: number | null
  selectParty: SelectionTimes
  changePhase: SelectionTimes
  /** Uncaught errors and console errors on the page. */
  errors: string[]
}

type Options = {
  url: string
  dataset: string | null
  timeoutMs: number
  profile: Profile
  /** The graphic is in the page's iframe (the embed in a host page), not the page itself. */
  inFrame?: boolean
}

/** Loads `url` (optionally with a dataset routed in place of data/*.json) and measures it once. */
export async function measurePage(browser: Browser, options: Options): Promise<RunResult> {
  const context = await browser.newContext({ viewport: options.profile.viewport })
  try {
    const page = await context.newPage()
    if (options.profile.cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.profile.cpuSlowdown })
    }
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await page.addInitScript({ content: probeScript() })
    const { dataset } = options
    if (dataset !== null)
      await page.route('**/data/*.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: dataset }),
      )
    // When each script or style arrived: before the card answered, before idle, or later.
    let stage: Stage = 'first'
    const assets: { stage: Stage; bytes: Promise<number> }[] = []
    page.on('response', (response) => {
      const type = response.request().resourceType()
      if (type !== 'script' && type !== 'stylesheet') return
      const bytes = response.body().then((body) => gzipSync(body).length)
      assets.push({ stage, bytes: bytes.catch(() => 0) })
    })
    await page.goto(options.url, { waitUntil: 'commit' })
    const frame = options.inFrame ? await childFrame(page, options.timeoutMs) : page.mainFrame()
    const ready = frame.evaluate(() => window.__bench?.ready)
    const framed = await withTimeout(ready, options.timeoutMs, 'the matrix and its card')
    if (!framed) throw new Error('the probe did not load')
    // An embed's times count from the host page's navigation, as its reader waits from there.
    const offset = options.inFrame ? await timeOriginOffset(page, frame) : 0
    const times = shifted(framed, offset)
    stage = 'idle'
    const framedFcp = await firstContentfulPaint(frame)
    const fcp = framedFcp === null ? null : framedFcp + offset
    const heapBytes = await heapAfterGc(context, page)
    await settle(page, frame)
    stage = 'late'
    // The party header on screen: a row header of the slanted matrix, or a column header of
    // the turned one that a narrow frame shows instead.
    const partyHeader = frame.locator('[role=rowheader]:visible, th.turned-party:visible').first()
    const selectParty = await timeClick(page, frame, partyHeader)
    const phases = frame.locator('label:has(input[name=phase])')
    const last = Math.max(0, (await phases.count()) - 2)
    const changePhase = await timeClick(page, frame, phases.nth(last))
    const sum = async (stages: readonly Stage[]) =>
      (
        await Promise.all(assets.filter((a) => stages.includes(a.stage)).map((a) => a.bytes))
      ).reduce((total, n) => total + n, 0)
    return {
      times,
      fcp,
      chartsVisible: Math.max(fcp ?? 0, times.matrixPainted ?? 0),
      firstViewGzip: await sum(['first']),
      idleGzip: await sum(['first', 'idle']),
      onDemandGzip: await sum(['late']),
      heapBytes,
      selectParty,
      changePhase,
      errors,
    }
  } finally {
    await context.close()
  }
}

type Stage = 'first' | 'idle' | 'late'

async function timeOriginOffset(page: Page, frame: Frame): Promise<number> {
  const origin = () => performance.timeOrigin
  return (await frame.evaluate(origin)) - (await page.evaluate(origin))
}

function shifted(times: ProbeTimes, offset: number): ProbeTimes {
  const by = (t: number | null) => (t === null ? null : t + offset)
  return {
    matrixInDom: by(times.matrixInDom),
    matrixPainted: by(times.matrixPainted),
    cardShown: by(times.cardShown),
  }
}

/** The embed's frame once its document is there (the host page's iframe). */
async function childFrame(page: Page, timeoutMs: number): Promise<Frame> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('embed'))
    if (frame) return frame
    if (Date.now() > deadline) throw new Error('the host page has no embed frame')
    await page.waitForTimeout(5)
  }
}

/** Arms the page's probe, clicks `target`, and returns the input-to-frame times. */
async function timeClick(page: Page, frame: Frame, target: Locator): Promise<SelectionTimes> {
  await target.scrollIntoViewIfNeeded()
  const box = await target.boundingBox()
  if (!box) throw new Error('the click target has no box')
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2]
  // Hover first, so a hover response is not timed; then the raw mouse, so none of the driver's
  // actionability checks (hit tests on a 50 000-node SVG) run in the page while it is timed.
  await page.mouse.move(x, y)
  await frame.evaluate(() => window.__bench?.armSelection())
  await page.mouse.click(x, y)
  const times = await withTimeout(
    frame.evaluate(() => window.__bench?.selection),
    60_000,
    'a click',
  )
  if (!times) throw new Error('the click was not timed')
  return times
}

/**
 * Selections are timed as a reader makes them after looking at the page: everything it loads
 * has arrived and the main thread is idle. (A click while the page is still loading is what the
 * "interactive" row times.)
 */
async function settle(page: Page, frame: Frame): Promise<void> {
  // The app marks itself live once the sections under the matrix are drawn; on a slowed phone
  // their code is asked for well after the last request, and network idle alone came first
  // (the phone page's "until idle" read 115 kB in one run and 142 kB in the next). The
  // baseline page (no #root) has no such mark.
  await frame.waitForFunction(
    () => !document.getElementById('root') || document.documentElement.dataset.interactive,
  )
  await page.waitForLoadState('networkidle')
  await frame.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })),
  )
}

/** The paint entry lands a little after the paint itself, so wait for it briefly. */
async function firstContentfulPaint(frame: Frame): Promise<number | null> {
  const read = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
  const entry = frame.waitForFunction(read, undefined, { polling: 50, timeout: 5_000 })
  return entry.then((handle) => handle.jsonValue()).catch(() => null)
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<number | null> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
