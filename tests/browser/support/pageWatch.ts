import type { Page } from 'playwright-core'

/** What went wrong on a page while a test used it: console errors, uncaught errors, CSP reports. */
export type PageWatch = { errors: string[]; foreignRequests: string[] }

/** Records console errors, uncaught exceptions and requests to any other origin than `origin`. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { errors: [], foreignRequests: [] }
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => watch.errors.push(`uncaught: ${error.message}`))
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) watch.foreignRequests.push(url)
  })
  return watch
}
