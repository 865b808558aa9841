import { describe, expect, test } from 'vitest'
import type { z } from 'zod'
import { rawDatasetSchema } from '../../../src/data/schema.ts'
import { META_SPEC, RECORD_SPECS, STANCE_SPEC } from '../../../src/editorPage/recordSpecs.ts'

/** The keys of the object schema of one list's records (or of meta), in the schema's order. */
function schemaKeys(list: keyof typeof rawDatasetSchema.shape): string[] {
  const field = rawDatasetSchema.shape[list] as z.ZodType
  const def = field._zod.def as unknown as { element?: z.ZodType; shape?: object }
  const record = (def.element ?? field)._zod.def as unknown as { shape: object }
  return Object.keys(record.shape)
}

describe('the editor forms cover the format', () => {
  test.each(Object.keys(RECORD_SPECS) as (keyof typeof RECORD_SPECS)[])(
    'RECORD_SPECS.%s has a box for every field, in the schema’s order',
    (list) => {
      expect(RECORD_SPECS[list].map((spec) => spec.key)).toEqual(schemaKeys(list))
    },
  )

  test('META_SPEC has every meta field but the format’s own version, in order', () => {
    expect(META_SPEC.map((spec) => spec.key)).toEqual(
      schemaKeys('meta').filter((key) => key !== 'schemaVersion'),
    )
  })

  test('STANCE_SPEC has every stance field the grid’s cell does not give', () => {
    expect(['party', 'measure', 'phase', ...STANCE_SPEC.map((spec) => spec.key)]).toEqual(
      schemaKeys('stances'),
    )
  })

  test('the position list offers every value of the scale, demand included', () => {
    const position = STANCE_SPEC.find((spec) => spec.key === 'position')
    expect(position?.kind === 'enum' ? position.values : []).toEqual([
      'demand',
      'supports',
      'conditional',
      'undecided',
      'opposes',
      'red-line',
      'unknown',
    ])
  })
})
