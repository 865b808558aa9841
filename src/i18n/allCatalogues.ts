import type { Catalogue } from './catalogue.ts'
import { type CatalogueLanguage, registerCatalogue } from './catalogues.ts'
import { de } from './de.ts'
import { en } from './en.ts'
import { fr } from './fr.ts'
import { nl } from './nl.ts'

// Imported for its effect by the build's prerender, the CLI and the unit tests: code that runs
// in Node renders any language at once, so every catalogue is registered up front. The browser
// loads only the one it shows (catalogues.ts).
registerCatalogue('nl', nl)
registerCatalogue('en', en)
registerCatalogue('de', de)
registerCatalogue('fr', fr)

/** Every catalogue by language tag, for code that lists or checks them all. */
export const ALL_CATALOGUES = { nl, en, de, fr } as const satisfies Record<
  CatalogueLanguage,
  Catalogue
>
