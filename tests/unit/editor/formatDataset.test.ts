import { readFileSync } from 'node:fs'
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

  // The bundled files are in Biome's layout; each has one stance that lists confidence after
  // summary, which the schema order moves up: 6 lines (confidence line out, back in, shifted).
  test.each(['data/rutte4-asylum-2023.json', 'data/schoof-asylum-2025.json'])(
    'formatDataset(%s) rewrites it unchanged but for one stance key moved to schema order',
    (file) => {
      const text = readFileSync(file, 'utf8')
      const out = formatDataset(JSON.parse(text)).split('\n')
      const lines = text.split('\n')
      expect(out).toHaveLength(lines.length)
      const changed = lines.filter((line, i) => line !== out[i])
      expect(changed).toHaveLength(6)
      expect(formatDataset(JSON.parse(out.join('\n')))).toBe(out.join('\n'))
    },
  )
})
