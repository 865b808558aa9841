import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { ID_LISTS, RECORD_LISTS, RECORD_NOUN } from '../../../src/data/recordLists.ts'
import { rawDatasetSchema } from '../../../src/data/schema.ts'

// The one table of record lists must stay the format's: a list added to the schema but not
// here would get no sheet, no census, no editor section and no reference check.
const shape: Record<string, z.ZodType> = rawDatasetSchema.shape
const schemaLists = Object.keys(shape).filter((key) => shape[key] instanceof z.ZodArray)

describe('RECORD_LISTS', () => {
  test('RECORD_LISTS names every record list of the schema, in the schema order', () => {
    expect(RECORD_LISTS).toEqual(schemaLists)
  })

  test('RECORD_NOUN gives each list a singular noun of its own', () => {
    expect(RECORD_NOUN.parties).toBe('party')
    expect(RECORD_NOUN.people).toBe('person')
    expect(new Set(Object.values(RECORD_NOUN)).size).toBe(RECORD_LISTS.length)
  })

  test('ID_LISTS holds exactly the lists whose records have an id, in the same order', () => {
    const withId = schemaLists.filter((list) => {
      const element = (shape[list] as z.ZodArray<z.ZodObject>).element
      return 'id' in element.shape
    })
    expect(ID_LISTS).toEqual(withId)
    expect(ID_LISTS).not.toContain('stances')
  })
})
