import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { fixtureText, type Json } from '../support/fixtureChange.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const suite = chromiumSuite()

type Obj = { [key: string]: Json }

/**
 * Testland as a minority coalition (issue #20): red governs, amber (new, 1 lower-house seat, none
 * in the upper house) is in talks to join, blue has left for support from outside, green is in
 * opposition. The lower house has 13 seats, 2 of them held by parties the dataset does not
 * describe: 4 + 1 + 3 + 3 + 2 = 13, so a majority is 7. The upper house (red 2, blue 1, green 2)
 * needs a fixed 4 votes. The brake needs two thirds of the members: 9 of 13 and 4 of 5.
 * Amber supports everything it sees, and demands the brake at the end.
 *   wait at Before, lower: red 4 + amber 1 + blue 3 (conditional) = 8 of 13 ≥ 7, but red and
 *     amber alone have 5: blue's support makes the majority. Upper: red 2 + blue 1 = 3 < 4.
 *   brake at End, lower: red 4 + amber 1 = 5 < 9 (blue opposes, green unknown).
 */
const PARLIAMENT = fixtureText((base) => {
  const parties = base.parties as Obj[]
  for (const party of parties) if (party.id === 'blue') party.side = 'support'
  const amber: Obj = {
    id: 'amber',
    name: { nl: 'Amberpartij', en: 'Amber Party' },
    shortName: 'AMB',
    colour: '#b45309',
    seats: { lower: 1 },
    side: 'negotiating',
    leader: null,
    chair: null,
    sources: ['s1'],
  }
  parties.splice(1, 0, amber)
  const [lower, upper] = base.chambers as Obj[]
  Object.assign(lower ?? {}, { seats: 13, otherSeats: 2 })
  Object.assign(upper ?? {}, { majority: { seats: 4 } })
  for (const measure of base.measures as Obj[])
    if (measure.id === 'brake') measure.majority = { fraction: '2/3', of: 'members' }
  const stances = base.stances as Obj[]
  for (const red of stances.filter((s) => s.party === 'red')) {
    const demand = red.measure === 'brake' && red.phase === 'end'
    stances.push({
      ...red,
      party: 'amber',
      position: demand ? 'demand' : 'supports',
      summary: { nl: 'amber', en: demand ? 'Amber will not deal without the brake.' : 'amber' },
      quotes: [],
    })
  }
  return base
})

const open = (options: { reducedMotion?: 'reduce' } = {}) =>
  openApp(suite.browser, suite.server, { dataset: PARLIAMENT, ...options })

/** The sentence under one chamber's seat bar. */
const sentence = (page: Page, chamber: string) =>
  page.locator(`.seat-bar[data-chamber="${chamber}"] .majority-sentence`).textContent()

describe('parliaments beyond coalition and opposition (testland as a minority coalition)', () => {
  test('the matrix groups parties by side: coalition, in talks, support from outside, opposition', async () => {
    const { page, watch, close } = await open()
    const groups = await page
      .locator('svg.stance-matrix [role=rowgroup][aria-label]')
      .evaluateAll((gs) =>
        gs.map((g) => [
          g.getAttribute('aria-label'),
          [...g.querySelectorAll('text.matrix-row-label')].map((t) => t.textContent),
        ]),
      )
    expect(groups).toEqual([
      ['Coalition', ['RED']],
      ['In coalition talks', ['AMB']],
      ['Support from outside', ['BLU']],
      ['Opposition', ['GRN']],
    ])
    expect(watch.errors).toEqual([])
    await close()
  })

  test('the majority panel counts amber with the coalition and says the coalition needs blue’s support', async () => {
    const { page, close } = await open()
    await page.getByRole('radio', { name: /Before/ }).check()
    await page.locator('.majority-panel select').selectOption('wait')
    // The panel follows the matrix a frame later: wait for the sentence of this moment.
    await expect
      .poll(() => sentence(page, 'lower'))
      .toContain('RED, AMB and BLU: 8 of 13 seats; a majority needs 7.')
    const lower = await sentence(page, 'lower')
    expect(lower).toContain('The supporting coalition parties do not have a majority between them.')
    expect(lower).toContain(
      'With the support from outside the coalition (BLU) there is a majority.',
    )
    expect(lower).toContain('Pivotal: RED and BLU.')
    await close()
  })

  test('seats of parties the dataset does not describe are said, and count for no one', async () => {
    const { page, close } = await open()
    await page.getByRole('radio', { name: /Before/ }).check()
    await page.locator('.majority-panel select').selectOption('wait')
    // No segment for them: the bar holds the three supporters, amber where it sits.
    const segments = (chamber: string) =>
      page
        .locator(`.seat-bar[data-chamber="${chamber}"] .seat-segment-group`)
        .evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')))
    // The panel follows the matrix a frame later: wait for this moment's bar.
    await expect
      .poll(() => segments('lower'))
      .toEqual(['Red Party: 4 seats', 'Blue Party: 3 seats', 'Amber Party: 1 seat'])
    expect(await sentence(page, 'lower')).toContain(
      '2 seats belong to parties not shown here; they count for no one.',
    )
    // Amber has no seat in the upper house, which has no other seats to speak of.
    expect(await segments('upper')).toEqual(['Red Party: 2 seats', 'Blue Party: 1 seat'])
    expect(await sentence(page, 'upper')).not.toContain('parties not shown here')
    await close()
  })

  test("a chamber's fixed majority and a measure's two thirds of the members set the line", async () => {
    const { page, close } = await open()
    await page.getByRole('radio', { name: /Before/ }).check()
    await page.locator('.majority-panel select').selectOption('wait')
    await expect
      .poll(() => sentence(page, 'upper'))
      .toContain('RED and BLU: 3 of 5 seats; a majority needs 4.')
    const upper = await sentence(page, 'upper')
    expect(upper).toContain('This needs 4 votes.')
    const line = page.locator('.seat-bar[data-chamber="upper"] [role=img]', {
      has: page.locator('.seat-threshold'),
    })
    expect(await line.getAttribute('aria-label')).toMatch(/4/)

    await page.getByRole('radio', { name: /End/ }).check()
    await page.locator('.majority-panel select').selectOption('brake')
    await expect
      .poll(() => sentence(page, 'lower'))
      .toContain('RED and AMB: 5 of 13 seats; a majority needs 9.')
    const lower = await sentence(page, 'lower')
    expect(lower).toContain('This needs two thirds of the members: 9 votes.')
    expect(await sentence(page, 'upper')).toContain(
      'This needs two thirds of the members: 4 votes.',
    )
    await close()
  })

  test('a demand has its own mark, legend entry and card, and counts as support', async () => {
    const { page, close } = await open({ reducedMotion: 'reduce' })
    await page.getByRole('radio', { name: /End/ }).check()
    const cell = page.getByRole('gridcell', { name: /^AMB on Emergency brake/ })
    expect(await cell.getAttribute('aria-label')).toBe(
      'AMB on Emergency brake: demands it; on the record; changed since Middle',
    )
    expect(await cell.locator('.cell-glyph').textContent()).toBe('!')
    const fills = async (locator: ReturnType<Page['locator']>) =>
      locator.locator('.cell-mark').evaluate((el) => getComputedStyle(el).fill)
    // Darker than support's blue: the far end of the scale.
    expect(await fills(cell)).toBe('rgb(11, 58, 110)')
    const legend = page.locator('.legend li', { hasText: 'demands it' })
    expect(await legend.locator('.cell-glyph').textContent()).toBe('!')
    expect(await fills(legend)).toBe('rgb(11, 58, 110)')
    await cell.hover()
    const card = page.locator('.cell-card')
    expect(await card.locator('h3').textContent()).toBe('AMB · Emergency brake')
    expect(await card.textContent()).toContain('demands it')
    expect(await card.textContent()).toContain('Amber will not deal without the brake.')
    // A demand is for it: amber's seat counts with red's.
    await page.locator('.majority-panel select').selectOption('brake')
    expect(await sentence(page, 'lower')).toContain('RED and AMB: 5 of 13 seats')
    await close()
  })
})
