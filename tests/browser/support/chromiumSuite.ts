import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from './chromium.ts'
import { type StaticServer, serveDist } from './staticServer.ts'

/** What a browser test file shares: one Chromium and the production build served on 127.0.0.1. */
export type ChromiumSuite = { browser: Browser; server: StaticServer }

/**
 * Starts Chromium and serves dist/ before a file's tests and stops both after them. Read the
 * fields inside tests: they are filled in when the file's tests start.
 */
export function chromiumSuite(options?: Parameters<typeof serveDist>[0]): ChromiumSuite {
  const suite = {} as ChromiumSuite
  beforeAll(async () => {
    suite.browser = await launchChromium()
    suite.server = await serveDist(options)
  })
  afterAll(async () => {
    await suite.browser?.close()
    await suite.server?.close()
  })
  return suite
}
