import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  formatIdList,
  formatTextList,
  parseIdList,
  parseTextList,
} from '../../../src/sheets/listCell.ts'

describe('id lists', () => {
  test('formatIdList(ids) joins with " | " and parseIdList reads it back', () => {
    expect(formatIdList(['vvd', 'd66'])).toBe('vvd | d66')
    expect(parseIdList('vvd | d66')).toEqual(['vvd', 'd66'])
  })

  test('parseIdList(cell) accepts a bare "|" and treats a blank cell as no ids', () => {
    expect(parseIdList('vvd|d66 ')).toEqual(['vvd', 'd66'])
    expect(parseIdList('  ')).toEqual([])
  })
})

describe('text lists', () => {
  test('formatTextList(items) escapes "|" and "\\" inside an item', () => {
    expect(formatTextList(['a|b', 'c\\d', 'e'])).toBe('a\\|b | c\\\\d | e')
  })

  test('parseTextList(cell) keeps an unknown escape as typed', () => {
    expect(parseTextList('C:\\temp | x')).toEqual(['C:\\temp', 'x'])
  })

  test('parseTextList(formatTextList(items)) gives the items back for any non-empty texts', () => {
    const item = fc.string({ unit: fc.constantFrom('a', ' ', '|', '\\', '\n', ',', '"', 'é') })
    fc.assert(
      fc.property(fc.array(item.filter((s) => s.trim() !== '')), (items) => {
        expect(parseTextList(formatTextList(items))).toEqual(items)
      }),
    )
  })
})
