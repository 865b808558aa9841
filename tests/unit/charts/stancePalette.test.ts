import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { STANCE_GLYPHS, STANCE_PALETTE } from '../../../src/charts/stancePalette.ts'
import { contrastRatio, THEME_BACKGROUNDS, type Theme } from '../../../src/data/colour.ts'

const css = readFileSync('src/styles/tokens.css', 'utf8')
const [lightBlock = '', darkBlock = ''] = css.split('@media (prefers-color-scheme: dark)')
// The dark theme chosen by ?theme=dark must be the same palette as the system's dark theme.
const forcedDarkBlock = css.slice(css.indexOf(':root[data-theme="dark"] {'))
const cssVar = (block: string, name: string) =>
  new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)?.[1]

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
    expect(cssVar(lightBlock, 'bg')).toBe(THEME_BACKGROUNDS.light)
    expect(cssVar(darkBlock, 'bg')).toBe(THEME_BACKGROUNDS.dark)
    for (const [theme, block] of [
      ['light', lightBlock],
      ['dark', darkBlock],
      ['dark', forcedDarkBlock],
    ] as const)
      for (const [position, { mark, glyph }] of Object.entries(STANCE_PALETTE[theme])) {
        expect(cssVar(block, `pos-${position}`), `${theme} ${position}`).toBe(mark)
        expect(cssVar(block, 'on-pos')).toBe(glyph)
      }
  })

  test('every stance value has its own glyph, so colour is never the only cue', () => {
    const glyphs = Object.values(STANCE_GLYPHS)
    expect(new Set(glyphs).size).toBe(glyphs.length)
  })
})
