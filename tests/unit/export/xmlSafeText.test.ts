import { describe, expect, test } from 'vitest'
import { xmlSafeText } from '../../../src/export/xmlSafeText.ts'

describe('xmlSafeText', () => {
  test('xmlSafeText keeps ordinary text, tabs, line breaks and astral characters', () => {
    expect(xmlSafeText('Één <b> & "x"\t\n\r😀')).toBe('Één <b> & "x"\t\n\r😀')
  })

  test('xmlSafeText drops control characters, U+FFFE/U+FFFF and unpaired surrogates', () => {
    expect(xmlSafeText('a\u0000b\u0008c\u001Fd\uFFFEe\uFFFFf\uD800g\uDC00h')).toBe('abcdefgh')
  })
})
