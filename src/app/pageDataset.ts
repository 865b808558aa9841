import { DEFAULT_DATASET } from './datasetSource.ts'

// The dataset the build is prerendering (entry-server.tsx sets it); in the browser, the page says.
let prerendering: string = DEFAULT_DATASET

/**
 * The dataset this page opens without `?data=`: the one its HTML was prerendered from
 * (`<html data-prerendered>`, each dataset has its own page), else the bundled default.
 */
export function pageDataset(): string {
  if (typeof document === 'undefined') return prerendering
  return document.documentElement.dataset.prerendered || DEFAULT_DATASET
}

/**
 * Where the app's own files are, relative to this page: `''` for index.html and embed.html,
 * `'../'` for a dataset's page in its own folder (`<html data-root>`, set by the prerender).
 */
export function pageRoot(): string {
  if (typeof document === 'undefined') return ''
  return document.documentElement.dataset.root ?? ''
}

/** The build's prerender renders one dataset's page at a time. */
export function setPrerenderedDataset(name: string): void {
  prerendering = name
}
