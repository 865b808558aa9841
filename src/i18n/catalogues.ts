import type { Catalogue } from './catalogue.ts'

/** Every language the interface speaks, by language tag: one catalogue file each. */
export const CATALOGUE_LANGUAGES = ['nl', 'en', 'de', 'fr'] as const
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number]

// One chunk per language: a page loads the catalogue it shows, and another only when the reader
// switches to it (a catalogue is ~4 kB gzip; all four rode in the first view before issue 21).
const LOADERS: Record<CatalogueLanguage, () => Promise<Catalogue>> = {
  nl: () => import('./nl.ts').then((m) => m.nl),
  en: () => import('./en.ts').then((m) => m.en),
  de: () => import('./de.ts').then((m) => m.de),
  fr: () => import('./fr.ts').then((m) => m.fr),
}

const loaded = new Map<CatalogueLanguage, Catalogue>()
const pending = new Map<CatalogueLanguage, Promise<Catalogue>>()
const listeners = new Set<() => void>()

/** True when `tag` names a language with a catalogue file. */
export function isCatalogueLanguage(tag: string): tag is CatalogueLanguage {
  return (CATALOGUE_LANGUAGES as readonly string[]).includes(tag)
}

/** A catalogue already here, or `undefined` while it has not been loaded. */
export function loadedCatalogue(tag: CatalogueLanguage): Catalogue | undefined {
  return loaded.get(tag)
}

/** The first catalogue loaded: what a string reads in before its own language has arrived. */
export function anyLoadedCatalogue(): Catalogue | undefined {
  return loaded.values().next().value
}

/** Makes a catalogue available at once (the build and Node code register all: allCatalogues.ts). */
export function registerCatalogue(tag: CatalogueLanguage, catalogue: Catalogue): void {
  if (loaded.get(tag) === catalogue) return
  loaded.set(tag, catalogue)
  for (const listener of listeners) listener()
}

/** Loads a catalogue's chunk once; resolves when its strings can be read. */
export function loadCatalogue(tag: CatalogueLanguage): Promise<Catalogue> {
  const here = loaded.get(tag)
  if (here) return Promise.resolve(here)
  let loading = pending.get(tag)
  if (!loading) {
    loading = LOADERS[tag]().then((catalogue) => {
      registerCatalogue(tag, catalogue)
      return catalogue
    })
    // A failed fetch (offline, a newer deploy) may be retried by the next ask.
    loading.catch(() => pending.delete(tag))
    pending.set(tag, loading)
  }
  return loading
}

/** Calls `listener` whenever a catalogue arrives; returns the unsubscribe. */
export function onCatalogueLoaded(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
