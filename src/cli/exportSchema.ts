/** `npm run schema`: writes data/schema.json from the zod schema, the single source of truth. */
import { writeFileSync } from 'node:fs'
import { datasetJsonSchemaText } from '../data/jsonSchema.ts'

writeFileSync('data/schema.json', datasetJsonSchemaText())
console.log('wrote data/schema.json')
