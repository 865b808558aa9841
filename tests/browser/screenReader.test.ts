import { expect, test } from 'vitest'
import { axTree, LANDMARK_ROLES } from './support/axTree.ts'
import { BUNDLED_DATASETS } from './support/bundledDatasets.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const suite = chromiumSuite()

/** The named landmarks of a page in one language, in order. */
async function landmarkNames(query: string): Promise<string[]> {
  const { page, close } = await openApp(suite.browser, suite.server, {
    query,
    viewport: { width: 1280, height: 900 },
  })
  const names = (await axTree(page))
    .filter((n) => LANDMARK_ROLES.includes(n.role) && n.name !== '')
    .map((n) => `${n.role}: ${n.name}`)
  await close()
  return names
}

test('in English no landmark keeps its Dutch name (WCAG 3.1.2)', { timeout: 60_000 }, async () => {
  const dutch = await landmarkNames('')
  const english = await landmarkNames('?lang=en')
  expect(english.length).toBe(dutch.length)
  expect(english.length).toBeGreaterThanOrEqual(3)
  for (const [i, name] of english.entries()) expect(name).not.toBe(dutch[i])
})

test('each seat bar names its segments by party and seats, and does not repeat the sentence under it (WCAG 1.4.1, 1.3.1)', async () => {
  const { page, close } = await openApp(suite.browser, suite.server, {
    query: '?lang=en',
    viewport: { width: 1280, height: 900 },
  })
  const bar = page.locator('.seat-bar').first()
  await bar.scrollIntoViewIfNeeded()
  const sentence = (await bar.locator('.majority-sentence').textContent()) ?? ''
  const snapshot = await bar.locator('svg').ariaSnapshot()
  expect(snapshot).not.toContain(sentence.split(';')[0])
  // Playwright matches the computed accessible name, so these are what a screen reader reads.
  const segments = bar.getByRole('img', { name: /^.+: \d+ seats?$/ })
  const names = await segments.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
  // The sentence names the supporting parties ("VVD and CDA: 48 of 150 seats"): one segment each.
  const [, parties = '', seats = '0'] = /^(.*): (\d+) of/.exec(sentence) ?? []
  expect(names.length).toBe(parties.split(/, | and /).length)
  expect(names.reduce((sum, n) => sum + Number(/(\d+) seats?$/.exec(n ?? '')?.[1]), 0)).toBe(
    Number(seats),
  )
  // Seen, too: a segment wide enough (60 px) carries its party's short name, not only its colour.
  const wide = await bar
    .locator('.seat-segment:visible')
    .evaluateAll((els) =>
      els
        .filter((el) => el.getBoundingClientRect().width >= 60)
        .map((el) => el.parentElement?.textContent ?? ''),
    )
  const shorts = parties.split(/, | and /)
  expect(wide.length).toBeGreaterThanOrEqual(1)
  for (const label of wide) expect(shorts.some((short) => label.startsWith(`${short} `))).toBe(true)
  await close()
})

test('the timeline exposes its events only, one button each: no band, axis or tick label before them (WCAG 1.3.2)', async () => {
  const { page, close } = await openApp(suite.browser, suite.server, {
    query: '?lang=en',
    viewport: { width: 1280, height: 900 },
  })
  const timeline = page.locator('svg.timeline')
  const events = await timeline
    .locator('.timeline-dot')
    .evaluateAll((dots) => dots.map((dot) => dot.getAttribute('aria-label') ?? ''))
  expect(events.length).toBeGreaterThan(10)
  // The group's own children, as a screen reader walks them (deeper lines belong to a child);
  // a line with a colon in it comes YAML-quoted.
  const children = (await timeline.ariaSnapshot())
    .split('\n')
    .filter((line) => /^ {2}- /.test(line))
    .map((line) =>
      line.slice(4).replace(/^'(.*)'$/, (_, inner: string) => inner.replaceAll("''", "'")),
    )
  expect(children.filter((child) => !child.startsWith('button "'))).toEqual([])
  const names = children.map((child) => {
    const quoted = /^button ("(?:[^"\\]|\\.)*")/.exec(child)?.[1]
    return quoted ? JSON.parse(quoted) : child
  })
  expect(names).toEqual(events)
  await close()
})

test('on load, before any scrolling, the accessibility tree holds every section: its region, heading and text (WCAG 1.3.1, 2.4.1)', async () => {
  const { page, close } = await openApp(suite.browser, suite.server, {
    viewport: { width: 1280, height: 900 },
  })
  // Per section: its heading, and the text of its last paragraph or list item (the far end of it).
  const sections = await page.locator('main > section').evaluateAll((els) =>
    els.map((section) => {
      const lines = [...section.querySelectorAll('p, li')].filter(
        (el) => !el.closest('details:not([open]), .visually-hidden') && el.textContent?.trim(),
      )
      return {
        heading: section.querySelector('h2')?.textContent?.trim() ?? '',
        last: lines.at(-1)?.textContent?.trim().slice(0, 40) ?? '',
      }
    }),
  )
  expect(sections.length).toBeGreaterThanOrEqual(7)
  const tree = await axTree(page)
  const missing = sections.flatMap(({ heading, last }) => [
    ...(tree.some((n) => n.role === 'region' && n.name === heading) ? [] : [`region ${heading}`]),
    ...(tree.some((n) => n.role === 'heading' && n.name === heading) ? [] : [`heading ${heading}`]),
    ...(tree.some((n) => n.role === 'StaticText' && last.startsWith(n.name.slice(0, 40)))
      ? []
      : [`text "${last}" of ${heading}`]),
  ])
  expect(missing).toEqual([])
  await close()
})

/** Each rowgroup's direct children in the grid's accessibility snapshot. */
function rowgroupChildren(snapshot: string): string[] {
  const lines = snapshot.split('\n')
  return lines.flatMap((line, i) => {
    const group = /^(\s*)- rowgroup\b/.exec(line)
    if (!group) return []
    const inner = `${group[1]}  - `
    const children: string[] = []
    for (const next of lines.slice(i + 1)) {
      if (!next.startsWith(`${group[1]}  `)) break
      if (next.startsWith(inner))
        children.push(next.slice(inner.length).replace(/^['"]/, '').split(/[ :"]/)[0] ?? '')
    }
    return children
  })
}

test.each(
  BUNDLED_DATASETS.flatMap(({ name }) => [1280, 360].map((width) => [name, width] as const)),
)(
  '%s at %i px: the grid holds rows only, no loose side label between them (WCAG 1.3.1)',
  async (name, width) => {
    const { page, close } = await openApp(suite.browser, suite.server, {
      query: `?data=${name}`,
      viewport: { width, height: 900 },
    })
    const children = rowgroupChildren(await page.getByRole('grid').ariaSnapshot())
    expect(children.length).toBeGreaterThan(5)
    expect([...new Set(children)]).toEqual(['row'])
    await close()
  },
)
