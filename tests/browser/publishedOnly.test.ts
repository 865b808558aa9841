import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'
import { type StaticServer, serveDist } from './support/staticServer.ts'

// A file on the newsroom's own origin that it never published: a user upload, say.
const UPLOAD = { 'uploads/fake.json': 'tests/fixtures/valid/testland.json' }
const suite = chromiumSuite({ files: UPLOAD })

// A second build of the app with the preview flag, made once for this file (client only: the
// flag changes the script, and a page without a prerender renders afresh).
let previewDir = ''
let preview: StaticServer
beforeAll(() => {
  previewDir = mkdtempSync(join(tmpdir(), 'coalition-preview-'))
  execFileSync(
    'node_modules/.bin/vite',
    ['build', '--outDir', previewDir, '--emptyOutDir', '--logLevel', 'error'],
    { env: { ...process.env, COALITION_PREVIEW_ANY_DATA: '1' }, stdio: 'pipe' },
  )
}, 120_000)
beforeAll(async () => {
  preview = await serveDist({ root: previewDir, files: UPLOAD })
})
afterAll(async () => {
  await preview?.close()
  if (previewDir) rmSync(previewDir, { recursive: true, force: true })
})

describe('?data= opens only what the newsroom published', () => {
  test('a production build refuses a same-origin JSON it did not publish, and never fetches it', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      query: '?data=/uploads/fake.json&lang=en',
    })
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    const alert = page.getByRole('alert')
    expect(await alert.locator('li').textContent()).toBe(
      'data: is not opened: only datasets this site published are allowed, and this is not one of them',
    )
    expect(await alert.textContent()).toContain('?data=/uploads/fake.json')
    expect(await page.locator('h1').textContent()).not.toContain('Testland')
    await page.reload()
    await page.getByRole('alert').waitFor()
    expect(requested).not.toContain('/uploads/fake.json')
    expect(watch.errors).toEqual([])
    await close()
  })

  test('a production build refuses an unpublished name too, and opens a published one', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      query: '?data=fake',
    })
    expect(await page.getByRole('alert').textContent()).toContain(
      'alleen datasets die deze site heeft gepubliceerd',
    )
    await page.goto(`${suite.server.url}?data=schoof-asylum-2025`)
    expect(await page.locator('h1').textContent()).toMatch(/Schoof/)
    await close()
  })

  test('a preview build opens the same path', async () => {
    const { page, watch, close } = await openApp(suite.browser, preview, {
      query: '?data=/uploads/fake.json&lang=en',
    })
    await page.locator('svg.stance-matrix').waitFor()
    expect(await page.locator('h1').textContent()).toBe('Testland: a made-up dispute')
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(watch.errors).toEqual([])
    await close()
  })
})
