import type { Language } from '../data/languages.ts'

/** Every user-facing UI string, one dictionary per language. Dataset text never lives here. */
const nl = {
  loading: 'Gegevens laden…',
  errorTitle: 'Deze graphic kan zijn gegevens niet lezen',
  errorIntro: 'Wat er mis is, met de plaats in het bestand:',
  errorUnreachable: 'kon niet worden geladen',
}

export type UiStrings = typeof nl

const en: UiStrings = {
  loading: 'Loading data…',
  errorTitle: 'This graphic cannot read its data',
  errorIntro: 'What is wrong, with its place in the file:',
  errorUnreachable: 'could not be loaded',
}

/** The UI dictionaries; a missing key in either language is a type error. */
export const STRINGS: Record<Language, UiStrings> = { nl, en }
