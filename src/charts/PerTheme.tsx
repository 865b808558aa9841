import { Fragment, type ReactNode } from 'react'
import type { Theme, ThemeColours } from '../data/colour.ts'
import './PerTheme.css'

const THEMES: readonly Theme[] = ['light', 'dark']

/**
 * Draws a mark once per colour theme, with that theme's colour and an `only-light` /
 * `only-dark` class: CSS shows the one that matches the reader's theme (party colours are
 * tuned per background, and a CSS variable cannot hold a colour that comes from the data).
 */
export function PerTheme({
  colours,
  children,
}: {
  colours: ThemeColours
  children: (fill: string, themeClass: string) => ReactNode
}) {
  return THEMES.map((theme) => (
    <Fragment key={theme}>{children(colours[theme], `only-${theme}`)}</Fragment>
  ))
}
