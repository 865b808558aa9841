import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { validateFile } from '../../src/cli/validateFile.ts'
import { RULE_CASES } from '../fixtures/broken/ruleCases.ts'
import { fixtureText } from '../support/fixtureChange.ts'
import { launchChromium } from './support/chromium.ts'
import { watchPage } from './support/pageWatch.ts'
import { STRICT_CSP, type StaticServer, serveDist } from './support/staticServer.ts'

const dataset = JSON.parse(readFileSync('data/rutte4-asylum-2023.json', 'utf8'))
const titleNl: string = dataset.meta.title.nl

let browser: Browser
let server: StaticServer
let context: BrowserContext

beforeAll(async () => {
  browser = await launchChromium()
  // A deep sub-path and the strict CSP a newsroom's static host may send.
  server = await serveDist({
    basePath: '/graphics/2023/coalition/',
    headers: { 'Content-Security-Policy': STRICT_CSP },
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})
beforeEach(async () => {
  context = await browser.newContext()
})
afterEach(async () => {
  await context.close()
})

describe('the built page under a sub-path with a strict CSP', () => {
  test('shows the dataset title, with no console error, CSP violation or foreign request', async () => {
    const page = await context.newPage()
    const watch = watchPage(page, server.origin)
    const response = await page.goto(server.url)
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP)
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' })

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(titleNl)
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl')
    expect(watch.errors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  })

  test('shows a visible error state when the dataset cannot be fetched', async () => {
    const page = await context.newPage()
    await page.route('**/data/*.json', (route) => route.fulfill({ status: 404, body: 'gone' }))
    await page.goto(server.url)

    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.isVisible()).toBe(true)
    expect(await alert.textContent()).toContain('(HTTP 404)')
  })

  test('names the JSON path of each problem when the dataset is not valid', async () => {
    const page = await context.newPage()
    const broken = JSON.stringify({
      meta: { title: { nl: 'Alleen Nederlands' }, languages: ['nl', 'en'], defaultLanguage: 'nl' },
    })
    await page.route('**/data/*.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: broken }),
    )
    await page.goto(server.url)

    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('meta.title.en')
  })

  test('shows exactly the problems `npm run validate` prints, as text, for a broken dataset', async () => {
    const broken = RULE_CASES.find((c) => c.name === 'dangling-stance-party')
    if (!broken) throw new Error('the broken corpus has no dangling-stance-party case')
    const text = fixtureText(broken.change)
    const folder = mkdtempSync(join(tmpdir(), 'coalition-app-'))
    const file = join(folder, 'dangling-stance-party.json')
    writeFileSync(file, text)
    const cli = validateFile(file)
    rmSync(folder, { recursive: true })
    const expected = cli.lines
      .filter((line) => line.startsWith(`${file}: `))
      .map((line) => line.slice(file.length + 2))
    const page = await context.newPage()
    await page.route('**/data/*.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: text }),
    )
    await page.goto(server.url)
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').locator('li').allTextContents()).toEqual(expected)
    expect(expected[0]).toContain('is not a party id')
  })

  test('shows the JSON error, not a blank page, when the file is not JSON', async () => {
    const page = await context.newPage()
    await page.route('**/data/*.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "meta": {,' }),
    )
    await page.goto(server.url)

    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('is not valid JSON: line 2, column 12')
  })
})
