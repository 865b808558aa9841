import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { rawDatasetSchema } from '../../../src/data/schema.ts'
import { formatDataset, orderKeys } from '../../../src/editor/formatDataset.ts'

describe('formatDataset', () => {
  test('formatDataset(raw) puts keys in the schema order, whatever order they came in', () => {
    const text = formatDataset({
      sources: [],
      meta: { title: { en: 'T', nl: 'T' }, id: 'x' },
      $schema: './schema.json',
    })
    expect(text).toBe(
      '{\n  "$schema": "./schema.json",\n  "meta": {\n    "id": "x",\n    "title": {\n      "en": "T",\n      "nl": "T"\n    }\n  },\n  "sources": []\n}\n',
    )
  })

  test('orderKeys() orders a colour pair and a stance, and keeps language keys as written', () => {
    const party = orderKeys(
      { colour: { dark: '#000000', light: '#ffffff' }, name: { nl: 'a', en: 'b' }, id: 'p' },
      rawDatasetSchema.shape.parties.element,
    )
    expect(JSON.stringify(party)).toBe(
      '{"id":"p","name":{"nl":"a","en":"b"},"colour":{"light":"#ffffff","dark":"#000000"}}',
    )
  })

  test('formatDataset() keeps an array on one line only while the line fits 100 columns', () => {
    const short = formatDataset({ meta: { languages: ['nl', 'en'] } })
    expect(short).toContain('"languages": ["nl", "en"]\n')
    const long = formatDataset({ meta: { languages: Array.from({ length: 20 }, () => 'nl-NL') } })
    expect(long).toContain('"languages": [\n      "nl-NL",\n')
  })

  test('formatDataset() writes a soft hyphen and other invisible characters as escapes', () => {
    const text = formatDataset({ meta: { title: { nl: 'Twee\u00adstatus\u200bstelsel' } } })
    expect(text).toContain('"nl": "Twee\\u00adstatus\\u200bstelsel"')
    expect(JSON.parse(text).meta.title.nl).toBe('Twee\u00adstatus\u200bstelsel')
  })

  // The bundled files are in Biome's layout and the schema's key order: a desk who opens one
  // and saves it unchanged gets the very same bytes, so a git diff shows only what was edited.
  test.each(
    readdirSync('data')
      .filter((name) => name.endsWith('.json') && name !== 'schema.json')
      .map((name) => `data/${name}`),
  )('formatDataset(%s) rewrites it byte for byte', (file) => {
    const text = readFileSync(file, 'utf8')
    expect(formatDataset(JSON.parse(text))).toBe(text)
  })
})
