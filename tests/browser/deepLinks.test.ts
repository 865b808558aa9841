import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const suite = chromiumSuite({ basePath: '/deep/' })

const checkedPhase = (page: Page) =>
  page.locator('.phase-control input:checked').getAttribute('value')
const search = (page: Page) => page.evaluate(() => window.location.search)

// Every colour token of the theme, as the page resolves it (a probe element coloured by each).
const TOKENS = [
  ...readFileSync('src/styles/tokens.css', 'utf8').matchAll(/(--[\w-]+):\s*light-dark\(/g),
].map((match) => match[1] ?? '')
const palette = (page: Page) =>
  page.evaluate((tokens) => {
    const probe = document.body.appendChild(document.createElement('i'))
    const colours = tokens.map((token) => {
      probe.style.color = `var(${token})`
      return getComputedStyle(probe).color
    })
    probe.remove()
    return colours
  }, TOKENS)

describe('deep links', () => {
  test('a link opens exactly its view: phase, party, measure, view, language and theme', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      query: '?phase=thu&party=cu&measure=nareis-cap-200&view=table&lang=en&theme=dark',
    })
    expect(await checkedPhase(page)).toBe('thu')
    expect(await page.locator('h1').textContent()).toContain('Rutte')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await page.locator('table.stance-table caption').textContent()).toContain(
      'Thursday 6 July',
    )
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe('rgb(18, 18, 18)')
    await page.getByRole('radio', { name: 'Chart' }).check()
    expect(
      await page.getByRole('rowheader', { name: /Christian Union/ }).getAttribute('aria-selected'),
    ).toBe('true')
    expect(await page.locator('.majority-panel select').inputValue()).toBe('nareis-cap-200')
    expect(watch.errors).toEqual([])
    await close()
  })

  test('a changed view survives a reload, and back and forward walk through the views', async () => {
    const { page, close } = await openApp(suite.browser, suite.server)
    await page.getByRole('radio', { name: /Woensdag/ }).check()
    await page.getByRole('rowheader', { name: /Volkspartij/ }).click()
    // The URL is written after the frame that shows the change.
    await expect.poll(() => search(page)).toBe('?phase=wed&party=vvd')
    await page.reload()
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' })
    expect(await checkedPhase(page)).toBe('wed')
    expect(
      await page.getByRole('rowheader', { name: /Volkspartij/ }).getAttribute('aria-selected'),
    ).toBe('true')
    await page.goBack()
    expect(await search(page)).toBe('?phase=wed')
    // The view follows the address as React renders the store's change: poll for it.
    const vvdSelected = () =>
      page.getByRole('rowheader', { name: /Volkspartij/ }).getAttribute('aria-selected')
    await expect.poll(vvdSelected).toBe('false')
    await page.goForward()
    await expect.poll(vvdSelected).toBe('true')
    await close()
  })

  test('garbage and stale parameters give the default view, silently', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      query:
        '?phase=%3Cscript%3E&party=no-such-party&measure=__proto__&view=x&theme=neon&lang=xx&embed=maybe',
    })
    expect(await checkedPhase(page)).toBe('fri')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl')
    expect(await page.locator('[aria-selected="true"]').count()).toBe(0)
    expect(await page.locator('svg.stance-matrix').count()).toBe(1)
    expect(watch.errors).toEqual([])
    await close()
  })

  test('the dark palette is the same whether the system or ?theme=dark asks for it', async () => {
    const shown = async (query: string, colorScheme: 'light' | 'dark') => {
      const { page, close } = await openApp(suite.browser, suite.server, { query, colorScheme })
      const colours = await palette(page)
      await close()
      return colours
    }
    const light = await shown('', 'light')
    const dark = await shown('', 'dark')
    expect(TOKENS.length).toBeGreaterThan(10)
    expect(await shown('?theme=dark', 'light')).toEqual(dark)
    expect(await shown('?theme=light', 'dark')).toEqual(light)
    // Every token changes with the theme, so the comparisons above compare two palettes.
    TOKENS.forEach((token, i) => {
      expect(dark[i], token).not.toBe(light[i])
    })
  })

  test('?theme=light overrides a dark system setting, for embeds on light host pages', async () => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      query: '?theme=light',
      colorScheme: 'dark',
    })
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe('rgb(255, 255, 255)')
    await close()
  })
})
