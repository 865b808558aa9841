import { describe, expect, test } from 'vitest'
import { wrapLines } from '../../../src/export/wrapLines.ts'

describe('wrapLines', () => {
  test('wrapLines(text, max) breaks greedily at spaces', () => {
    expect(wrapLines('a bb ccc dd', 4)).toEqual(['a bb', 'ccc', 'dd'])
  })

  test('wrapLines keeps a word longer than a line on a line of its own', () => {
    expect(wrapLines('a unbreakable b', 4)).toEqual(['a', 'unbreakable', 'b'])
  })

  test('wrapLines collapses runs of white space and gives no lines for blank text', () => {
    expect(wrapLines('  one \n\t two  ', 20)).toEqual(['one two'])
    expect(wrapLines('   ', 20)).toEqual([])
  })
})
