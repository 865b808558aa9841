import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { STANCE_GLYPHS, STANCE_PALETTE } from '../../../src/charts/stancePalette.ts'
import { contrastRatio, THEME_BACKGROUNDS, type Theme } from '../../../src/data/colour.ts'

const css = readFileSync('src/styles/tokens.css', 'utf8')
// Each token is written once, as light-dark(light, dark).
const cssVar = (theme: Theme, name: string) => {
  const pair = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i')
  return pair.exec(css)?.[theme === 'light' ? 1 : 2]
}

describe('stance palette', () => {
  test.each(['light', 'dark'] as Theme[])(
    'every %s mark reaches 3:1 against the page and its glyph 4.5:1',
    (theme) => {
      for (const [position, { mark, glyph }] of Object.entries(STANCE_PALETTE[theme])) {
        expect(
          contrastRatio(mark, THEME_BACKGROUNDS[theme]),
          `${position} mark`,
        ).toBeGreaterThanOrEqual(3)
        expect(contrastRatio(mark, glyph), `${position} glyph`).toBeGreaterThanOrEqual(4.5)
      }
    },
  )

  test('tokens.css uses exactly the palette and page backgrounds of the code', () => {
    for (const theme of ['light', 'dark'] as const) {
      expect(cssVar(theme, 'bg')).toBe(THEME_BACKGROUNDS[theme])
      for (const [position, { mark, glyph }] of Object.entries(STANCE_PALETTE[theme])) {
        expect(cssVar(theme, `pos-${position}`), `${theme} ${position}`).toBe(mark)
        expect(cssVar(theme, 'on-pos')).toBe(glyph)
      }
    }
  })

  test('every stance value has its own glyph, so colour is never the only cue', () => {
    const glyphs = Object.values(STANCE_GLYPHS)
    expect(new Set(glyphs).size).toBe(glyphs.length)
  })
})
