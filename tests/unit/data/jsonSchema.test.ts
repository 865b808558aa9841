import { readdirSync, readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, test } from 'vitest'
import { datasetJsonSchemaText } from '../../../src/data/jsonSchema.ts'
import { SCHEMA_CASES } from '../../fixtures/broken/schemaCases.ts'
import { fixtureText } from '../../support/fixtureChange.ts'

const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'))
const dataDir = new URL('../../../data/', import.meta.url)
const schemaText = readFileSync(new URL('schema.json', dataDir), 'utf8')

// strict: false because zod emits keywords ajv's strict mode frowns on; formats are not
// validated (no ajv-formats), so the date-time pattern zod also emits does that work.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false })
const check = ajv.compile(JSON.parse(schemaText))

const datasets = readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'schema.json')

describe('data/schema.json', () => {
  test('equals datasetJsonSchemaText() (if not, run `npm run schema`)', () => {
    expect(schemaText, 'data/schema.json is stale: run `npm run schema`').toBe(
      datasetJsonSchemaText(),
    )
  })

  test('accepts tests/fixtures/valid/testland.json', () => {
    const valid = check(readJson(new URL('../../fixtures/valid/testland.json', import.meta.url)))
    expect(check.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  for (const file of datasets) {
    const dataset = readJson(new URL(file, dataDir))
    test(`accepts the dataset data/${file}`, () => {
      const valid = check(dataset)
      expect(check.errors ?? []).toEqual([])
      expect(valid).toBe(true)
    })
  }

  test('has broken fixtures that are plain type errors', () => {
    expect(SCHEMA_CASES.length).toBeGreaterThanOrEqual(10)
  })

  test.each(SCHEMA_CASES)('rejects the type error in $name', (c) => {
    expect(check(JSON.parse(fixtureText(c.change)))).toBe(false)
  })
})
