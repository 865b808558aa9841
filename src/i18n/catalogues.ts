import type { Catalogue } from './catalogue.ts'
import { de } from './de.ts'
import { en } from './en.ts'
import { fr } from './fr.ts'
import { nl } from './nl.ts'

/** Every language the interface speaks, by language tag: one catalogue file each. */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = { nl, en, de, fr }
