/** One bundled dataset, as the build lists it (see src/build/datasetsPlugin.ts). */
export type ManifestEntry = { name: string; title: Record<string, string> }

/** The bundled datasets, listed by the build from the files in data/ (see vite.config.ts). */
declare const __DATASET_MANIFEST__: ManifestEntry[]
export const MANIFEST: readonly ManifestEntry[] =
  typeof __DATASET_MANIFEST__ === 'undefined' ? [] : __DATASET_MANIFEST__
