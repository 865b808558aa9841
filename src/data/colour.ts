import type { RawParty } from './schema.ts'

/** The page backgrounds party colours must stand out from (kept equal to src/styles/tokens.css). */
export const THEME_BACKGROUNDS = { light: '#ffffff', dark: '#121212' } as const
export type Theme = keyof typeof THEME_BACKGROUNDS

/** Minimum contrast for marks (WCAG 1.4.11 non-text contrast). */
export const MARK_CONTRAST = 3

/** Relative luminance of a `#rrggbb` colour (WCAG 2.x). */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255)
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  )
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio between two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

/** A party colour per theme: one colour for both, or a light/dark pair. */
export function partyColour(party: Pick<RawParty, 'colour'>, theme: Theme): string {
  return typeof party.colour === 'string' ? party.colour : party.colour[theme]
}

/** A colour for each theme. */
export type ThemeColours = Record<Theme, string>

/** Neutral greys for a party id the dataset lacks (AA on both backgrounds). */
const UNKNOWN_PARTY_COLOURS: ThemeColours = { light: '#767676', dark: '#a3a3a3' }

/** A party's colours in both themes, as the charts draw them (see PerTheme). */
export function partyColours(party: Pick<RawParty, 'colour'> | undefined): ThemeColours {
  return party
    ? { light: partyColour(party, 'light'), dark: partyColour(party, 'dark') }
    : UNKNOWN_PARTY_COLOURS
}
