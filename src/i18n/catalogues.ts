import type { Language } from '../data/languages.ts'
import type { Catalogue } from './catalogue.ts'
import { en } from './en.ts'
import { nl } from './nl.ts'

/** Every language the interface speaks, one catalogue file each. */
export const CATALOGUES: Record<Language, Catalogue> = { nl, en }
