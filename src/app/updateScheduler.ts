/** How a check for an update went: answered (changed or not, readable or not), or no answer. */
export type CheckOutcome = 'answered' | 'failed'

/** Failed checks back off, doubling, up to this. */
export const MAX_DELAY_MS = 10 * 60 * 1000
/** Each wait is the interval times a random factor in [1 - JITTER, 1 + JITTER). */
export const JITTER = 0.2

/**
 * The wait before the next check: the interval, doubled per failure in a row up to ten minutes,
 * spread by random jitter so pages opened together (after a push alert, say) drift apart
 * instead of all asking the server in the same second.
 */
export function nextDelay(intervalMs: number, failures: number, random: () => number): number {
  const base = Math.min(intervalMs * 2 ** failures, MAX_DELAY_MS)
  return Math.round(Math.min(base * (1 - JITTER + 2 * JITTER * random()), MAX_DELAY_MS))
}

/** Whether the page is shown, and a way to hear when that changes (the Page Visibility API). */
export type Visibility = { hidden: () => boolean; onChange: (listener: () => void) => () => void }

type Timers = {
  setTimeout: (run: () => void, ms: number) => unknown
  clearTimeout: (id: unknown) => void
}

type Options = {
  intervalMs: number
  check: () => Promise<CheckOutcome>
  visibility: Visibility
  random?: () => number
  timers?: Timers
}

/**
 * Checks for updates every `intervalMs` (jittered) while the page is visible, one check at a
 * time. A hidden page sends nothing; when it shows again it checks at once. Returns `stop`.
 */
export function startUpdateScheduler({
  intervalMs,
  check,
  visibility,
  random = Math.random,
  timers = globalThis as unknown as Timers,
}: Options): () => void {
  let timer: unknown = null
  let failures = 0
  let checking = false
  let stopped = false
  const cancel = () => {
    if (timer !== null) timers.clearTimeout(timer)
    timer = null
  }
  const schedule = () => {
    cancel()
    if (stopped || visibility.hidden()) return
    timer = timers.setTimeout(run, nextDelay(intervalMs, failures, random))
  }
  const run = async () => {
    cancel() // a check now replaces the one waiting
    if (stopped || checking || visibility.hidden()) return
    checking = true
    const outcome = await check().catch((): CheckOutcome => 'failed')
    checking = false
    failures = outcome === 'failed' ? failures + 1 : 0
    schedule()
  }
  const unsubscribe = visibility.onChange(() => {
    if (visibility.hidden()) cancel()
    else if (!checking) void run()
  })
  schedule()
  return () => {
    stopped = true
    cancel()
    unsubscribe()
  }
}
