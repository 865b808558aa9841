import { describe, expect, test } from 'vitest'
import { templateDataset } from '../../../src/editor/template.ts'
import { newRecord } from '../../../src/editorPage/newRecord.ts'
import { type FieldSpec, type FormKind, RECORD_SPECS } from '../../../src/editorPage/recordSpecs.ts'

// The template: one chamber (house), parties party-a and party-b, languages de and fr.
const raw = templateDataset('2023-07-07', ['de', 'fr'])

describe('newRecord', () => {
  test.each(Object.keys(RECORD_SPECS) as FormKind[])(
    'newRecord(%s) holds every required field, in the schema’s order',
    (kind) => {
      const record = newRecord(kind, raw)
      const specs: readonly FieldSpec[] = RECORD_SPECS[kind]
      const required = specs.filter((spec) => !spec.optional).map((spec) => spec.key)
      const keys = Object.keys(record)
      expect(keys.filter((key) => required.includes(key))).toEqual(required)
      const order = specs.map((spec) => spec.key)
      expect([...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(keys)
    },
  )

  test('newRecord() gives a free id, an empty box per language and the first choices', () => {
    expect(newRecord('parties', raw)).toMatchObject({
      id: 'party-3',
      name: { de: '', fr: '' },
      seats: { house: 0 },
      side: 'coalition',
      leader: null,
      sources: [],
    })
    expect(newRecord('relations', raw)).toMatchObject({
      from: { party: 'party-a' },
      to: { party: 'party-b' },
      phase: 'phase-1',
    })
    expect(newRecord('sources', raw)).toMatchObject({ title: null, language: 'de' })
    expect(newRecord('measures', raw)).toMatchObject({ proposedBy: null, topic: 'topic-1' })
  })
})
