import { describe, expect, test } from 'vitest'
import { HOSTILE_CASES } from '../fixtures/hostile/cases.ts'
import { fixtureText } from '../support/fixtureChange.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'
import { HOST_CSP } from './support/staticServer.ts'

const byName = (name: string) => {
  const found = HOSTILE_CASES.find((c) => c.name === name)
  if (!found) throw new Error(`no hostile case ${name}`)
  return found
}

const suite = chromiumSuite({
  basePath: '/hostile/',
  headers: { 'Content-Security-Policy': HOST_CSP },
})

describe('hostile datasets are harmless', () => {
  test.each(HOSTILE_CASES)('$name is $outcome safely', async ({ change, outcome }) => {
    const dataset = fixtureText(change)
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      dataset,
      reducedMotion: 'reduce',
    })
    if (outcome === 'rejected') {
      expect(await page.getByRole('alert').isVisible()).toBe(true)
      expect(await page.getByRole('link', { name: 'Open de standaarddataset' }).count()).toBe(1)
    } else {
      expect(await page.locator('svg.stance-matrix').count()).toBe(1)
      // Interact, so cards, links and the graph draw the hostile text too.
      await page.locator('[role=gridcell]').first().hover()
      await page
        .getByRole('checkbox', { name: /show opposition|toon oppositie/i })
        .first()
        .check()
      for (const summary of await page.locator('details > summary').all()) await summary.click()
    }
    const html = await page.content()
    expect(html).not.toMatch(/<(script|iframe|img|svg)[^>]*(onerror|onload|javascript:)/i)
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined()
    expect(watch.foreignRequests).toEqual([])
    expect(watch.errors).toEqual([])
    await close()
  })

  test('hostile text is shown as text', async () => {
    const dataset = fixtureText(byName('html-and-svg-in-text').change)
    const { page, close } = await openApp(suite.browser, suite.server, {
      dataset,
      query: '?lang=en',
    })
    expect(await page.locator('h1').textContent()).toBe('<script>window.__pwned=1</script>Title')
    await close()
  })
})

describe('?data= opens other datasets, safely', () => {
  test('a bundled dataset by name', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      query: '?data=schoof-asylum-2025',
    })
    expect(await page.locator('h1').textContent()).toMatch(/Schoof/)
    expect(watch.errors).toEqual([])
    await close()
  })

  test.each([
    ['https://evil.example/x.json'],
    ['//evil.example/x.json'],
    ['javascript:alert(1)'],
    ['data:application/json,{}'],
    ['../../etc/passwd'],
  ])('refuses ?data=%s with a clear message and a way back', async (value) => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      query: `?data=${encodeURIComponent(value)}`,
    })
    const alert = page.getByRole('alert')
    expect(await alert.textContent()).toContain('wordt niet geopend')
    expect(watch.foreignRequests).toEqual([])
    await page.getByRole('link', { name: 'Open de standaarddataset' }).click()
    await page.locator('svg.stance-matrix').waitFor()
    await close()
  })

  test('a name the build did not publish is refused with the clear message', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      query: '?data=no-such-dataset',
    })
    expect(await page.getByRole('alert').textContent()).toContain('niet bij')
    expect(watch.errors).toEqual([])
    await close()
  })
})
