/**
 * The devices the benchmark measures on: today's desktop, and a phone (issue 21), where most
 * readers of an embedded graphic are: a 360 × 800 screen and a CPU slowed 4× through the
 * DevTools protocol (Emulation.setCPUThrottlingRate), as Lighthouse's mobile profile does.
 */
export type Profile = {
  id: 'desktop' | 'phone'
  viewport: { width: number; height: number }
  /** How many times slower the page's CPU runs than this machine's. */
  cpuSlowdown: number
}

export const PROFILES: readonly Profile[] = [
  { id: 'desktop', viewport: { width: 1280, height: 800 }, cpuSlowdown: 1 },
  { id: 'phone', viewport: { width: 360, height: 800 }, cpuSlowdown: 4 },
]

/** The embed as a news article holds it: a 360 px iframe in a host page (see buildPages.ts). */
export const EMBED_HOST_PAGE = 'bench-host.html'
export const EMBED_WIDTH = 360

/** The host page: an article column with the embed in an iframe, nothing else. */
export function embedHostPage(): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>Host article</title><link rel="icon" href="data:," /></head>
  <body>
    <p>An article paragraph above the graphic.</p>
    <iframe src="embed.html" title="Coalition graphic" width="${EMBED_WIDTH}" height="760"></iframe>
  </body>
</html>
`
}
