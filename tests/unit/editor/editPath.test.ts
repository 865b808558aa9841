import { describe, expect, test } from 'vitest'
import { fieldCandidates, fieldId, getIn, removeAt, setIn } from '../../../src/editor/editPath.ts'

describe('editPath', () => {
  const doc = {
    meta: { title: { nl: 'a', en: 'b' }, licence: 'x' },
    list: [{ id: 'p' }, { id: 'q' }],
  }

  test('setIn(doc, path, value) copies only the objects on the path', () => {
    const next = setIn(doc, ['list', 1, 'id'], 'r')
    expect(next.list[1]).toEqual({ id: 'r' })
    expect(next.list[0]).toBe(doc.list[0])
    expect(next.meta).toBe(doc.meta)
    expect(doc.list[1]?.id).toBe('q')
  })

  test('setIn() keeps a key in its place, so the saved key order does not move', () => {
    expect(Object.keys(setIn(doc, ['meta', 'title', 'nl'], 'z').meta.title)).toEqual(['nl', 'en'])
  })

  test('setIn(doc, path, undefined) removes an optional field', () => {
    expect(setIn(doc, ['meta', 'licence'], undefined).meta).toEqual({ title: doc.meta.title })
  })

  test('getIn() and removeAt() read and drop list items', () => {
    expect(getIn(doc, ['list', 0, 'id'])).toBe('p')
    expect(getIn(doc, ['list', 5, 'id'])).toBeUndefined()
    expect(removeAt(doc, ['list'], 0).list).toEqual([{ id: 'q' }])
  })

  test('fieldCandidates(path) runs from the field to the record that holds it', () => {
    expect(fieldId(['parties', 0, 'seats', 'ek-2'])).toBe('field-parties-0-seats-ek-2')
    expect(fieldCandidates(['stances', 3, 'summary', 'nl'])).toEqual([
      'field-stances-3-summary-nl',
      'field-stances-3-summary',
      'field-stances-3',
      'field-stances',
    ])
  })
})
