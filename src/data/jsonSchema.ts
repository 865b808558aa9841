import { z } from 'zod'
import { rawDatasetSchema } from './schema.ts'

/** The dataset format as a JSON Schema (draft 2020-12), for editors and independent validators. */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(rawDatasetSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
  })
  return {
    ...schema,
    title: 'Coalition Stance dataset',
    description:
      'Generated from src/data/schema.ts by `npm run schema`; do not edit by hand. Cross-references, seat sums and time order are checked by `npm run validate`.',
  }
}

/** The text written to data/schema.json. */
export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`
}
