import { expect, test } from 'vitest'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const suite = chromiumSuite()

/** What has focus, and whether a sighted keyboard user can see where it is. */
function focusState() {
  const el = document.activeElement as HTMLElement | SVGElement | null
  if (!el || el === document.body) return { what: 'body', visible: false }
  const visibleOutline = (node: Element | null) => {
    if (!node) return false
    const style = getComputedStyle(node)
    return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2
  }
  const ring = el.querySelector(
    ':scope > .cell-ring, :scope > .header-ring, :scope > .node-ring, :scope > .dot-ring, :scope > .hit-area',
  )
  const ringVisible = ring
    ? getComputedStyle(ring).stroke !== 'none' &&
      !getComputedStyle(ring).stroke.startsWith('rgba(0, 0, 0, 0)')
    : false
  // Visually hidden radios show their focus on the label around them.
  const label = el.closest('label')
  const what = el.getAttribute('role') ?? (el as HTMLInputElement).type ?? el.tagName.toLowerCase()
  return {
    what: `${el.tagName.toLowerCase()}:${what}`,
    visible: visibleOutline(el) || ringVisible || visibleOutline(label),
  }
}

test('keyboard only: every control and every chart is reachable, focus is always visible, marks open by keyboard', async () => {
  const { page, close } = await openApp(suite.browser, suite.server, {
    viewport: { width: 1280, height: 900 },
  })
  const seen: { what: string; visible: boolean }[] = []
  for (let i = 0; i < 90; i++) {
    await page.keyboard.press('Tab')
    const state = await page.evaluate(focusState)
    seen.push(state)
    if (state.what === 'g:gridcell') {
      // Operate the matrix: move, open the card, close it again.
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('Enter')
      await page.locator('.cell-card-close').waitFor()
      await page.keyboard.press('Escape')
    }
  }
  const invisible = seen.filter((s) => !s.visible && s.what !== 'body')
  expect(invisible).toEqual([])
  const kinds = new Set(seen.map((s) => s.what))
  for (const kind of [
    'input:radio',
    'button:button',
    'select:select-one',
    'input:checkbox',
    'g:gridcell',
    'g:button',
    'textarea:textarea',
    'a:a',
  ])
    expect(
      [...kinds].some(
        (k) => k.startsWith(kind.split(':')[0] ?? '') && k.includes(kind.split(':')[1] ?? ''),
      ),
      kind,
    ).toBe(true)
  // The timeline strip is one of the stops; Enter there opens an event.
  await page.locator('.timeline [tabindex="0"]').focus()
  await page.keyboard.press('Enter')
  expect(await page.locator('.event-detail').count()).toBe(1)
  await close()
})
