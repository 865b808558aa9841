/** What a page records about its own first view, in ms since navigation start. */
export type ProbeTimes = {
  /** The first animation frame in which `svg.stance-matrix [role=gridcell]` was in the DOM. */
  matrixInDom: number | null
  /** That frame was painted. */
  matrixPainted: number | null
  /** A click on the first cell had opened `.cell-card` with its heading. */
  cardShown: number | null
}

/** Input-to-frame times of one click, in ms from its press (pointerdown). */
export type SelectionTimes = { frame: number; paint: number }

/** The probe the init script leaves on `window.__bench`. */
export type BenchProbe = {
  times: ProbeTimes
  /** Resolves once the matrix is painted and a click on a cell has opened its card. */
  ready: Promise<ProbeTimes>
  /** Times the next click: to the first animation frame after it, and to that frame's paint. */
  armSelection: () => void
  /** The timing armed last, resolved once the first frame after the click is painted. */
  selection: Promise<SelectionTimes> | null
}

declare global {
  interface Window {
    __bench?: BenchProbe
  }
}

const MATRIX_CELL = 'svg.stance-matrix [role=gridcell]'
/** The app's matrix turned for narrow frames: in the page beside the slanted one, shown by a container query. */
const TURNED_CELL = '.turned-matrix [role=gridcell]'

type PostTask = (task: () => void, options: { priority: 'user-blocking' }) => Promise<void>

/** The init script's source. tsx wraps named functions in `__name(...)`, so give the page a no-op one. */
export function probeScript(): string {
  return `(() => { const __name = (f) => f; (${installProbe.toString()})(${JSON.stringify(MATRIX_CELL)}, ${JSON.stringify(TURNED_CELL)}) })()`
}

/**
 * Runs in the page before any of its scripts. Once a frame it looks for the matrix; once the
 * matrix is painted it clicks the first cell (in-page, so no driver latency) until its card
 * opens. Polling per frame, not a MutationObserver: the baseline appends 50 000 cells one by one,
 * and an observer's records would cost it seconds. Must be self-contained: it is serialised.
 */
function installProbe(cellSelector: string, turnedSelector: string): void {
  const times: ProbeTimes = { matrixInDom: null, matrixPainted: null, cardShown: null }
  /**
   * Runs `done` once the current frame is painted: a task posted from rAF runs after that frame's
   * style, layout and paint. At user-blocking priority (where `scheduler.postTask` exists) it
   * runs before tasks the page queued earlier at normal priority (a module's evaluation, a
   * framework's background render), which would otherwise delay the reading past the paint.
   */
  const afterPaint = (done: () => void) => {
    const tasks = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler
    if (tasks?.postTask) {
      void tasks.postTask(done, { priority: 'user-blocking' })
      return
    }
    const channel = new MessageChannel()
    channel.port1.onmessage = done
    channel.port2.postMessage(null)
  }
  /** Calls back at the next animation frame and again once that frame is painted. */
  const nextFrame = (done: (frame: number, painted: number) => void) =>
    requestAnimationFrame(() => {
      const frame = performance.now()
      afterPaint(() => done(frame, performance.now()))
    })
  let resolveReady: (t: ProbeTimes) => void = () => {}
  const ready = new Promise<ProbeTimes>((resolve) => {
    resolveReady = resolve
  })
  const cardShown = () => document.querySelector('.cell-card h3') !== null
  const watch = () => {
    if (times.matrixInDom === null && document.querySelector(cellSelector)) {
      times.matrixInDom = performance.now()
      // This frame is the first to hold the matrix: its paint shows it.
      afterPaint(() => {
        times.matrixPainted = performance.now()
      })
    } else if (times.matrixPainted !== null) {
      // A reader clicks what they see: only once the matrix has been painted.
      // The cell on screen: on a phone the app shows its turned matrix and hides the slanted one.
      const turned = document.querySelector(turnedSelector)
      const cell = turned?.checkVisibility() ? turned : document.querySelector(cellSelector)
      if (!cardShown()) cell?.dispatchEvent(new MouseEvent('click', { bubbles: true }))
      if (cardShown()) {
        times.cardShown = performance.now()
        resolveReady(times)
        return
      }
    }
    requestAnimationFrame(watch)
  }
  requestAnimationFrame(watch)

  const armSelection = () => {
    probe.selection = new Promise<SelectionTimes>((resolve) => {
      // From the press, as INP counts an interaction (pressing a header focuses it, and focus
      // may re-render too), to the first frame after the click's task. Both pages change the DOM
      // within that task (React flushes a discrete event's update at once; d3 handlers are
      // synchronous), so that frame is the one after the DOM changed. No MutationObserver: at
      // 50 000 cells its records cost the baseline more than the change itself.
      let start = performance.now()
      const onPress = (event: Event) => {
        start = event.timeStamp
      }
      const onClick = () => {
        nextFrame((frame, painted) => resolve({ frame: frame - start, paint: painted - start }))
      }
      window.addEventListener('pointerdown', onPress, { capture: true, once: true })
      window.addEventListener('click', onClick, { capture: true, once: true })
    })
  }
  const probe: BenchProbe = { times, ready, armSelection, selection: null }
  window.__bench = probe
}
