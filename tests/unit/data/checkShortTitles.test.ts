import { describe, expect, test } from 'vitest'
import { checkShortTitles } from '../../../src/data/checkShortTitles.ts'
import type { PartialDataset } from '../../../src/data/partialDataset.ts'
import { loadTestland } from '../../support/testland.ts'

/** Testland with the first measure's short title set (or a measure that failed its shape). */
const withShortTitle = (shortTitle: { nl: string; en: string } | 'failed'): PartialDataset => {
  const raw = loadTestland()
  const [cap, ...rest] = raw.measures
  if (!cap) throw new Error('testland has no measures')
  return {
    ...raw,
    measures: [shortTitle === 'failed' ? undefined : { ...cap, shortTitle }, ...rest],
  }
}

// Testland's first measure is titled "Plafond" (7 characters) and "Cap" (3).
describe('checkShortTitles', () => {
  test('checkShortTitles accepts a short title shorter than or as long as its title', () => {
    expect(checkShortTitles(withShortTitle({ nl: 'Plafond', en: 'Cap' }))).toEqual([])
    expect(checkShortTitles(withShortTitle({ nl: 'Max', en: 'Cap' }))).toEqual([])
  })

  test('checkShortTitles counts characters, not soft hyphens or UTF-16 units', () => {
    expect(checkShortTitles(withShortTitle({ nl: 'Pla\u00adfond', en: 'Cäp' }))).toEqual([])
  })

  test('checkShortTitles reports each language whose short title outgrows the title, with its path', () => {
    expect(checkShortTitles(withShortTitle({ nl: 'Het plafond', en: 'The cap' }))).toEqual([
      {
        path: 'measures[0].shortTitle.nl',
        message:
          '"Het plafond" has 11 characters, more than the title "Plafond" (7); a short title shortens the title',
      },
      {
        path: 'measures[0].shortTitle.en',
        message:
          '"The cap" has 7 characters, more than the title "Cap" (3); a short title shortens the title',
      },
    ])
  })

  test('checkShortTitles skips a measure that failed its shape check', () => {
    expect(checkShortTitles(withShortTitle('failed'))).toEqual([])
  })
})
