import { readdirSync, readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import {
  contrastRatio,
  partyColour,
  partyColours,
  THEME_BACKGROUNDS,
  type Theme,
} from '../../../src/data/colour.ts'

const files = readdirSync('data').filter((f) => f.endsWith('.json') && f !== 'schema.json')

test.each(files)(
  'every party colour in data/%s reaches 3:1 against the page in both themes',
  (file) => {
    const { parties } = JSON.parse(readFileSync(`data/${file}`, 'utf8'))
    for (const party of parties)
      for (const theme of ['light', 'dark'] as Theme[])
        expect(
          contrastRatio(partyColour(party, theme), THEME_BACKGROUNDS[theme]),
          `${party.id} ${theme}`,
        ).toBeGreaterThanOrEqual(3)
  },
)

test('text and focus colours of both themes meet AA (4.5:1 text, 3:1 focus ring)', () => {
  const css = readFileSync('src/styles/tokens.css', 'utf8')
  // Each token is written once, as light-dark(light, dark).
  const pair = (name: string) =>
    new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css)
  for (const theme of ['light', 'dark'] as Theme[]) {
    const value = (name: string) => pair(name)?.[theme === 'light' ? 1 : 2] ?? ''
    const bg = value('bg')
    expect(bg, theme).toBe(THEME_BACKGROUNDS[theme])
    for (const name of ['fg', 'muted', 'accent', 'error-fg'])
      expect(contrastRatio(value(name), bg), `${theme} ${name}`).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(value('focus'), bg), `${theme} focus`).toBeGreaterThanOrEqual(3)
    expect(
      contrastRatio(value('muted'), value('card-bg')),
      `${theme} muted on card`,
    ).toBeGreaterThanOrEqual(4.5)
  }
})

test('partyColours gives a party both theme colours, and a neutral that reads in both for an unknown id', () => {
  expect(partyColours({ colour: '#1f77b4' })).toEqual({ light: '#1f77b4', dark: '#1f77b4' })
  expect(partyColours({ colour: { light: '#003f7d', dark: '#6fa8ff' } })).toEqual({
    light: '#003f7d',
    dark: '#6fa8ff',
  })
  const neutral = partyColours(undefined)
  for (const theme of ['light', 'dark'] as Theme[])
    expect(contrastRatio(neutral[theme], THEME_BACKGROUNDS[theme])).toBeGreaterThanOrEqual(3)
})
