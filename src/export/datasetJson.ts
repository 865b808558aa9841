import type { Dataset } from '../data/indexDataset.ts'
import { type RawDataset, rawDatasetSchema } from '../data/schema.ts'

/** Where a downloaded file finds its JSON Schema when saved next to `schema.json`. */
export const SCHEMA_REFERENCE = './schema.json'

/**
 * The dataset as a file: only the format's own parts (the index maps are dropped), in the
 * schema's key order, `"$schema"` first, pretty-printed with a final newline. It passes
 * `parseDatasetText` again and yields an equal dataset.
 */
export function datasetJson(dataset: Dataset): string {
  const raw: Record<string, unknown> = { $schema: SCHEMA_REFERENCE }
  // The schema's shape is the single list of the format's keys: a new part is exported too.
  for (const key of Object.keys(rawDatasetSchema.shape) as (keyof RawDataset)[])
    if (key !== '$schema') raw[key] = dataset[key]
  return `${JSON.stringify(raw, null, 2)}\n`
}
