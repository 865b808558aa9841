import type { DatasetPolicy } from '../data/datasetLocation.ts'
import { MANIFEST } from './datasetManifest.ts'
import { pageDataset, pageRoot } from './pageDataset.ts'

/** The build's dataset access (src/build/datasetAccess.ts, set from the environment at build time). */
declare const __DATASET_ACCESS__: { folder: string | null; anyPath: boolean }
const ACCESS =
  typeof __DATASET_ACCESS__ === 'undefined' ? { folder: null, anyPath: false } : __DATASET_ACCESS__

/** What `?data=` may open on this page: the build's published datasets, and what the build allows. */
export function datasetPolicy(): DatasetPolicy {
  return {
    fallback: pageDataset(),
    published: MANIFEST.map((entry) => entry.name),
    folder: ACCESS.folder,
    anyPath: ACCESS.anyPath,
    root: pageRoot(),
  }
}
