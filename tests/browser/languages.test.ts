import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { fr } from '../../src/i18n/fr.ts'
import { translatedTestland } from '../support/translatedTestland.ts'
import { chromiumSuite } from './support/chromiumSuite.ts'
import { openApp } from './support/openApp.ts'

const suite = chromiumSuite()

// Testland in French and English (French first), and in Brazilian Portuguese alone: a language
// the interface has no catalogue for, with no English text to fall back on.
const FRENCH = JSON.stringify(translatedTestland('fr'))
const PORTUGUESE = JSON.stringify(translatedTestland('pt-BR', { withEnglish: false }))
// Testland in Hebrew and English: made-up test content, written right to left.
const HEBREW = JSON.stringify(translatedTestland('he'))

/** The page's language and direction, its title, and a few fixed words of the interface. */
const chrome = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    title: document.querySelector('h1')?.textContent,
    matrix: document.querySelector('#matrix-title, .matrix-panel h2')?.textContent,
    majority: document.querySelector('#majority-title')?.textContent,
    next: document.querySelector('.phase-control button:last-of-type')?.textContent,
  }))

describe('the interface speaks the dataset’s language, or English', () => {
  test('a French dataset gets the French interface, and English at the switch', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      dataset: FRENCH,
    })
    await page.locator('#majority-title').waitFor()
    expect(await chrome(page)).toEqual({
      lang: 'fr',
      dir: 'ltr',
      title: 'Testland : un différend inventé',
      // Read from the French catalogue itself: without it the page would fall back to English.
      matrix: fr.ui.matrixTitle,
      majority: fr.sections.majorityTitle,
      next: `→${fr.ui.nextPhase}`,
    })
    // Dates and cells in French: the phase stepper's dates come from Intl, the cells from the catalogue.
    expect(await page.locator('.phase-control').textContent()).toContain('5 mars 2030')
    expect(
      await page.getByRole('gridcell', { name: /^RED / }).first().getAttribute('aria-label'),
    ).toMatch(/^RED sur Plafond\u00a0: pour\u202f; déclaration publique$/)
    // Print typography where the page joins texts: guillemets with narrow no-break spaces around
    // a quote, a no-break space before a colon.
    await page.locator('.phase-control input[type="radio"]').first().check()
    await page.getByRole('gridcell', { name: /^RED sur Plafond/ }).hover()
    expect(await page.locator('.cell-card blockquote').textContent()).toBe(
      '«\u202fNous voulons un plafond.\u202f»',
    )
    expect(await page.locator('.legend-heading').first().textContent()).toBe(
      `${fr.ui.legendConfidence}\u00a0:`,
    )
    // Each language is named in its own language.
    const switcher = page.locator('.language-switch')
    expect(await switcher.locator('label').allTextContents()).toEqual(['Français', 'English'])
    await switcher.getByText('English').click()
    await page.locator('#majority-title', { hasText: 'Is there a majority?' }).waitFor()
    expect(await chrome(page)).toMatchObject({ lang: 'en', title: 'Testland: a made-up dispute' })
    expect(watch.errors).toEqual([])
    await close()
  })

  test('a dataset in a language with no catalogue shows its texts with the English interface, and no error', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      dataset: PORTUGUESE,
    })
    await page.locator('#majority-title').waitFor()
    expect(await chrome(page)).toEqual({
      lang: 'pt-BR',
      dir: 'ltr',
      title: 'Testelândia: uma disputa inventada',
      matrix: 'Who stood where: parties and measures',
      majority: 'Is there a majority?',
      next: '→Next moment',
    })
    // The dataset's own words in Portuguese, the interface's in English, dates as Intl writes them in Portuguese.
    expect(
      await page.getByRole('gridcell', { name: /^RED / }).first().getAttribute('aria-label'),
    ).toBe('RED on Teto: supports; on the record')
    expect(await page.locator('.phase-control').textContent()).toContain('5 de março de 2030')
    // One language: no switch to offer.
    expect(await page.locator('.language-switch').count()).toBe(0)
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(watch.errors).toEqual([])
    await close()
  })

  test('a Hebrew quote and headline keep their own direction on the English page', async () => {
    const { page, watch, close } = await openApp(suite.browser, suite.server, {
      dataset: HEBREW,
      query: '?lang=en',
    })
    expect(await chrome(page)).toMatchObject({ lang: 'en', dir: 'ltr' })
    await page.getByRole('radio', { name: /Before/ }).check()
    await page.getByRole('gridcell', { name: /^אדום on Cap/ }).hover()
    const card = page.locator('.cell-card')
    // Its own direction, so the full stop ends the Hebrew sentence rather than starting it.
    const quote = card.locator('blockquote')
    expect(
      await quote.evaluate((q) => [q.getAttribute('lang'), q.getAttribute('dir'), q.textContent]),
    ).toEqual(['he', 'rtl', '“אנחנו רוצים תקרה.”'])
    expect(await card.locator('.quote-translation').textContent()).toBe(
      'Translation: We want a cap.',
    )
    const headline = card
      .getByRole('link', { name: /דיווח בדוי 1/ })
      .locator('[lang]')
      .first()
    expect(await headline.evaluate((h) => [h.getAttribute('lang'), h.getAttribute('dir')])).toEqual(
      ['he', 'rtl'],
    )
    expect(watch.errors).toEqual([])
    await close()
  })
})
