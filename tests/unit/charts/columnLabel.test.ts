import { describe, expect, test } from 'vitest'
import { columnLabelLines, splitInTwo } from '../../../src/charts/stance-matrix/columnLabel.ts'
import { estimateTextWidth, safeTextWidth } from '../../../src/charts/textWidth.ts'

// At 13 px a character is about 7.5 px wide: 200 px hold about 26 characters.
const options = { maxWidth: 200, fontSize: 13, twoLines: false }
const long = 'Two-status asylum system (A and B status)' // 41 characters

describe('columnLabelLines', () => {
  test('columnLabelLines keeps a title that fits whole', () => {
    expect(
      columnLabelLines({ title: 'Vote in the cabinet', shortTitle: 'Cabinet vote' }, options),
    ).toEqual(['Vote in the cabinet'])
  })

  test('columnLabelLines gives way to the short title when the title does not fit', () => {
    expect(columnLabelLines({ title: long, shortTitle: 'Two-status system' }, options)).toEqual([
      'Two-status system',
    ])
  })

  test('columnLabelLines wraps a long title without a short one onto two lines where there is room', () => {
    expect(
      columnLabelLines({ title: long, shortTitle: null }, { ...options, twoLines: true }),
    ).toEqual(['Two-status asylum', 'system (A and B status)'])
  })

  test('columnLabelLines without room for two lines keeps the whole title on one: never an ellipsis', () => {
    expect(columnLabelLines({ title: long, shortTitle: null }, options)).toEqual([long])
  })

  test('columnLabelLines wraps a short title that is still too long, rather than the full title', () => {
    const shortTitle = 'A short title that is not short at all'
    expect(
      columnLabelLines({ title: `${long} ${long}`, shortTitle }, { ...options, twoLines: true }),
    ).toEqual(['A short title that', 'is not short at all'])
  })
})

test('columnLabelLines drops soft hyphens: a slanted title never breaks inside a word', () => {
  expect(
    columnLabelLines({ title: long, shortTitle: 'Twee\u00adstatus\u00adstelsel' }, options),
  ).toEqual(['Tweestatusstelsel'])
})

describe('splitInTwo', () => {
  test('splitInTwo breaks at the space nearest the middle', () => {
    expect(splitInTwo('Cap of 200 family members a month')).toEqual([
      'Cap of 200 family',
      'members a month',
    ])
  })

  test('splitInTwo leaves a single word whole', () => {
    expect(splitInTwo('Asielnoodmaatregelenwet')).toEqual(['Asielnoodmaatregelenwet'])
  })
})

describe('safeTextWidth', () => {
  test('safeTextWidth is never below the rough estimate, and more in bold', () => {
    for (const text of ['VVD', 'GL-PvdA', 'Grünen/Bündnis', 'illegal stay', 'WWWWMMMM']) {
      expect(safeTextWidth(text, 13)).toBeGreaterThan(estimateTextWidth(text, 13))
      expect(safeTextWidth(text, 13, true)).toBeGreaterThan(safeTextWidth(text, 13))
    }
  })

  test('safeTextWidth reserves the reader’s text spacing: 0.12 em a letter and 0.16 em a space', () => {
    // "ii i": three narrow letters (0.32 em) and a space (0.32 em), four characters of spacing.
    expect(safeTextWidth('ii i', 10)).toBe(Math.ceil((4 * 0.32 + 4 * 0.12 + 0.16) * 10))
  })
})
