import { describe, expect, test } from 'vitest'
import { datasetAccess } from '../../../src/build/datasetAccess.ts'

describe('datasetAccess', () => {
  test('datasetAccess({}) allows no folder and no other path', () => {
    expect(datasetAccess({})).toEqual({ folder: null, anyPath: false })
  })

  test('datasetAccess(folder) keeps a path on this site, ending in a slash', () => {
    expect(datasetAccess({ COALITION_DATA_FOLDER: '/newsroom/data' })).toEqual({
      folder: '/newsroom/data/',
      anyPath: false,
    })
    expect(datasetAccess({ COALITION_DATA_FOLDER: 'extra/' }).folder).toBe('extra/')
  })

  test.each([['https://cdn.example/data/'], ['//cdn.example/data/']])(
    'datasetAccess(%s) stops the build: a folder elsewhere',
    (folder) => {
      expect(() => datasetAccess({ COALITION_DATA_FOLDER: folder })).toThrow(
        /COALITION_DATA_FOLDER=.*name a folder on this site/,
      )
    },
  )

  test('datasetAccess(preview flag) opens any path only for 1, and refuses a typo', () => {
    expect(datasetAccess({ COALITION_PREVIEW_ANY_DATA: '1' }).anyPath).toBe(true)
    expect(datasetAccess({ COALITION_PREVIEW_ANY_DATA: '0' }).anyPath).toBe(false)
    expect(() => datasetAccess({ COALITION_PREVIEW_ANY_DATA: 'yes' })).toThrow(/use 1/)
  })
})
