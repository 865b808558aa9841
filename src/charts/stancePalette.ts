import type { Theme } from '../data/colour.ts'
import type { StanceValue } from '../data/vocabularies.ts'

/**
 * A colour-blind-safe diverging palette (blue = for, orange/red = against), per theme, kept equal
 * to the custom properties in src/styles/tokens.css (a unit test checks both). Every mark reaches 3:1
 * against its page; each glyph 4.5:1 against its mark.
 */
export const STANCE_PALETTE: Record<
  Theme,
  Record<Exclude<StanceValue, 'unknown'>, { mark: string; glyph: string }>
> = {
  light: {
    demand: { mark: '#0b3a6e', glyph: '#ffffff' },
    supports: { mark: '#1d5fa8', glyph: '#ffffff' },
    conditional: { mark: '#3a76b6', glyph: '#ffffff' },
    undecided: { mark: '#6b6b6b', glyph: '#ffffff' },
    opposes: { mark: '#a9520f', glyph: '#ffffff' },
    'red-line': { mark: '#9b1c1c', glyph: '#ffffff' },
  },
  dark: {
    demand: { mark: '#4c9be8', glyph: '#121212' },
    supports: { mark: '#7ab3ee', glyph: '#121212' },
    conditional: { mark: '#b3d3f2', glyph: '#121212' },
    undecided: { mark: '#a3a3a3', glyph: '#121212' },
    opposes: { mark: '#f2a661', glyph: '#121212' },
    'red-line': { mark: '#ff8a80', glyph: '#121212' },
  },
}

/** A glyph per value, so colour is never the only cue. */
export const STANCE_GLYPHS: Record<StanceValue, string> = {
  demand: '!',
  supports: '+',
  conditional: '±',
  undecided: '~',
  opposes: '−',
  'red-line': '✕',
  unknown: '?',
}
