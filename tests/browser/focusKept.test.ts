import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const suite = chromiumSuite()

/** The focused element, as a reader of a failing test can find it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return 'body'
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`
  })

test('the dataset picker changes nothing on an arrow key; Open changes the dataset and keeps focus on the picker (WCAG 3.2.2, 2.4.3)', async () => {
  const { page, close } = await openApp(suite.browser, suite.server)
  const title = await page.locator('h1').textContent()
  const picker = page.getByRole('combobox', { name: 'Dataset' })
  await picker.focus()
  await page.keyboard.press('ArrowDown')
  // Give a change (if there were one) time to load and draw another dataset.
  await page.waitForTimeout(500)
  expect(await page.locator('h1').textContent()).toBe(title)
  expect(await page.evaluate(() => window.location.search)).toBe('')
  expect(await focused(page)).toMatch(/^select#dataset-picker/)

  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('button Openen')
  await page.keyboard.press('Enter')
  await page.locator('h1', { hasNotText: title ?? '' }).waitFor()
  // The URL is written a frame after the change is shown.
  await expect.poll(() => page.evaluate(() => window.location.search)).toMatch(/^\?data=/)
  await expect.poll(() => focused(page)).toMatch(/^select#dataset-picker/)
  await close()
})

test('previous / next moment keep the focus on the button at either end, and do nothing there (WCAG 2.4.3)', async () => {
  const { page, close } = await openApp(suite.browser, suite.server)
  const previous = page.getByRole('button', { name: 'Vorig moment' })
  const next = page.getByRole('button', { name: 'Volgend moment' })
  const current = () => page.locator('.phase-stop.is-current .phase-stop-label').textContent()
  const stops = await page.locator('.phase-stop').count()
  await previous.focus()
  for (let i = 1; i < stops; i++) await page.keyboard.press('Enter')
  expect(await current()).toBe(await page.locator('.phase-stop-label').first().textContent())
  expect(await focused(page)).toMatch(/^button .*Vorig moment$/)
  expect(await previous.getAttribute('aria-disabled')).toBe('true')
  await page.keyboard.press('Enter')
  expect(await current()).toBe(await page.locator('.phase-stop-label').first().textContent())

  await next.focus()
  for (let i = 1; i < stops; i++) await page.keyboard.press('Enter')
  expect(await current()).toBe(await page.locator('.phase-stop-label').last().textContent())
  expect(await focused(page)).toMatch(/^button .*Volgend moment$/)
  expect(await next.getAttribute('aria-disabled')).toBe('true')
  await close()
})

test.each([360, 1280])(
  "at %i px the focus ring of every phase stop is whole, not clipped by the stops' scroller (WCAG 2.4.7)",
  async (width) => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      viewport: { width, height: 800 },
    })
    await page.getByRole('button', { name: 'Vorig moment' }).focus()
    await page.keyboard.press('Tab')
    const stops = await page.locator('.phase-stop').count()
    for (let i = 0; i < stops; i++) {
      if (i > 0) await page.keyboard.press('ArrowLeft')
      // The ring (outline plus offset) of the focused stop, and the box its scroller clips to.
      const ring = await page.evaluate(() => {
        const label = document.activeElement?.closest('label')
        const scroller = label?.parentElement
        if (!label || !scroller) return null
        const style = getComputedStyle(label)
        const out = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset)
        const r = label.getBoundingClientRect()
        const c = scroller.getBoundingClientRect()
        return {
          visible: style.outlineStyle !== 'none' && out > 0,
          clipped: [
            c.left - (r.left - out),
            c.top - (r.top - out),
            r.right + out - c.right,
            r.bottom + out - c.bottom,
          ].some((over) => over > 0.5),
        }
      })
      expect(ring).toEqual({ visible: true, clipped: false })
    }
    await close()
  },
)

test('a skip link is the first tab stop, shows when focused, and leads to the matrix (WCAG 2.4.1)', async () => {
  const { page, close } = await openApp(suite.browser, suite.server, {
    viewport: { width: 1280, height: 800 },
  })
  await page.keyboard.press('Tab')
  const link = page.getByRole('link', { name: 'Naar de matrix' })
  expect(await focused(page)).toBe('a Naar de matrix')
  const box = await link.boundingBox()
  expect(box && box.y >= 0 && box.height > 10 && box.width > 40).toBe(true)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('gridcell')
  await close()
})

test('choosing an event in "All events in order" keeps the pressed button in view (WCAG 2.4.7)', async () => {
  const { page, close } = await openApp(suite.browser, suite.server, {
    viewport: { width: 1280, height: 800 },
  })
  await page.getByText('Alle gebeurtenissen op volgorde').click()
  const button = page.locator('.event-list button').nth(3)
  // Put the button near the bottom of the window: the event's detail opens above the list.
  await button.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 650))
  await button.focus()
  await page.keyboard.press('Enter')
  await page.locator('.event-detail').waitFor()
  const box = await button.boundingBox()
  expect(await button.evaluate((el) => el === document.activeElement)).toBe(true)
  expect(box && box.y >= 0 && box.y + box.height <= 800).toBe(true)
  await close()
})

test.each([
  ['the previous-moment button', 'previous'],
  ['an arrow key on the moments', 'arrow'],
])('changing the moment with %s announces the new moment (WCAG 4.1.3)', async (_, how) => {
  const { page, close } = await openApp(suite.browser, suite.server)
  const announcer = page.locator('[data-phase-announcer]')
  expect((await announcer.textContent())?.trim()).toBe('')
  if (how === 'previous') {
    await page.getByRole('button', { name: 'Vorig moment' }).focus()
    await page.keyboard.press('Enter')
  } else {
    await page.locator('.phase-stop input:checked').focus()
    await page.keyboard.press('ArrowLeft')
  }
  const moment = await page.locator('.phase-stop.is-current .phase-stop-label').textContent()
  await expect.poll(() => announcer.textContent()).toContain(moment ?? '(no moment)')
  await close()
})

test.each([360, 1280])(
  'at %i px, a clicked party header is the grid’s tab stop: Tab out and Shift+Tab back return to it, and arrows go on from it',
  async (width) => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      viewport: { width, height: 900 },
    })
    const header = page.locator('[role=rowheader]:visible, th.turned-party:visible').nth(1)
    const name = await header.getAttribute('aria-label')
    await header.click()
    expect(await focused(page)).toContain(name)
    // Out of the grid and back: the one tab stop is the header pressed.
    await page.keyboard.press('Tab')
    expect(await focused(page)).not.toContain(name)
    await page.keyboard.press('Shift+Tab')
    expect(await focused(page)).toContain(name)
    // A key at once after the click moves on from the header, not from the old stop.
    await header.click()
    await page.keyboard.press(width === 360 ? 'ArrowRight' : 'ArrowDown')
    const next = await focused(page)
    expect(next).not.toContain(name)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('tabindex'))).toBe('0')
    await close()
  },
)
