import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { type DatasetPolicy, resolveDatasetLocation } from '../../../src/data/datasetLocation.ts'

const PAGE = 'https://graphics.example.org/coalition/?data=x'
/** A published build: two datasets in its manifest, no data folder, no preview flag. */
const PUBLISHED: DatasetPolicy = {
  fallback: 'rutte4-asylum-2023',
  published: ['rutte4-asylum-2023', 'schoof-asylum-2025'],
  folder: null,
  anyPath: false,
}
const WITH_FOLDER: DatasetPolicy = { ...PUBLISHED, folder: '/newsroom/data/' }
const PREVIEW: DatasetPolicy = { ...PUBLISHED, anyPath: true }
const resolve = (value: string, policy = PUBLISHED) => resolveDatasetLocation(value, PAGE, policy)

describe('resolveDatasetLocation', () => {
  test('no value opens the default dataset; a published name opens it', () => {
    expect(resolve('')).toEqual({
      ok: true,
      url: 'data/rutte4-asylum-2023.json',
      name: 'rutte4-asylum-2023',
    })
    expect(resolve('schoof-asylum-2025')).toEqual({
      ok: true,
      url: 'data/schoof-asylum-2025.json',
      name: 'schoof-asylum-2025',
    })
  })

  test('a path to a published dataset opens it as published', () => {
    expect(resolve('data/schoof-asylum-2025.json')).toEqual(resolve('schoof-asylum-2025'))
    expect(resolve('/coalition/data/schoof-asylum-2025.json')).toEqual(
      resolve('schoof-asylum-2025'),
    )
  })

  test.each([
    ['mine/dispute.json'],
    ['/uploads/fake.json'],
    ['data/not-in-the-manifest.json'],
    ['not-in-the-manifest'],
  ])('a published build refuses %s, which it did not publish', (value) => {
    expect(resolve(value)).toEqual({ ok: false, reason: 'unpublished' })
  })

  test('the data folder opens its own files, by name or path, and nothing outside it', () => {
    expect(resolve('new-dispute', WITH_FOLDER)).toEqual({
      ok: true,
      url: '/newsroom/data/new-dispute.json',
      name: 'new-dispute',
    })
    expect(resolve('/newsroom/data/sub/x.json', WITH_FOLDER)).toEqual({
      ok: true,
      url: '/newsroom/data/sub/x.json',
      name: 'x.json',
    })
    for (const value of [
      '/uploads/fake.json',
      '/newsroom/data/../../uploads/fake.json',
      '/newsroom/data/%2e%2e/uploads/fake.json',
      '/newsroom/data/..%2f..%2fuploads/fake.json',
      '/newsroom/data-old/x.json',
    ])
      expect(resolve(value, WITH_FOLDER), value).toEqual({ ok: false, reason: 'unpublished' })
  })

  test('a relative data folder is read from the page', () => {
    expect(resolve('extra/x.json', { ...PUBLISHED, folder: 'extra/' })).toEqual({
      ok: true,
      url: '/coalition/extra/x.json',
      name: 'x.json',
    })
  })

  test('a preview build opens any relative path to JSON on the same origin', () => {
    expect(resolve('mine/dispute.json', PREVIEW)).toEqual({
      ok: true,
      url: '/coalition/mine/dispute.json',
      name: 'dispute.json',
    })
    expect(resolve('/other/x.json', PREVIEW)).toEqual({
      ok: true,
      url: '/other/x.json',
      name: 'x.json',
    })
  })

  test.each([
    ['https://evil.example/x.json', 'scheme'],
    ['//evil.example/x.json', 'absolute'],
    ['javascript:alert(1)', 'scheme'],
    ['JaVaScRiPt:alert(1)', 'scheme'],
    ['data:application/json,{}', 'scheme'],
    ['../../etc/passwd', 'not-json'],
    ['\\\\evil.example\\x.json', 'absolute'],
  ])('refuses %s (%s), even in a preview build', (value, reason) => {
    expect(resolve(value)).toEqual({ ok: false, reason })
    expect(resolve(value, PREVIEW)).toEqual({ ok: false, reason })
  })

  test('any input, under any policy, either stays on the page’s origin or is refused, and never throws', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(PUBLISHED, WITH_FOLDER, PREVIEW),
        (value, policy) => {
          const result = resolve(value, policy)
          if (result.ok)
            expect(new URL(result.url, PAGE).origin).toBe('https://graphics.example.org')
        },
      ),
      { numRuns: 2000 },
    )
  })

  test('a published build opens only its datasets and its folder’s files, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const result = resolve(value, WITH_FOLDER)
        if (!result.ok) return
        const path = new URL(result.url, PAGE).pathname
        const published = PUBLISHED.published.map((n) => `/coalition/data/${n}.json`)
        expect(published.includes(path) || path.startsWith('/newsroom/data/')).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})

test('on a dataset’s own page (root ../), data and a relative folder are read from the app’s folder', () => {
  const page = 'https://graphics.example.org/coalition/schoof-asylum-2025/'
  const policy = { ...PUBLISHED, fallback: 'schoof-asylum-2025', root: '../', folder: 'extra/' }
  expect(resolveDatasetLocation('', page, policy)).toEqual({
    ok: true,
    url: '../data/schoof-asylum-2025.json',
    name: 'schoof-asylum-2025',
  })
  expect(resolveDatasetLocation('rutte4-asylum-2023', page, policy).ok).toBe(true)
  expect(resolveDatasetLocation('/coalition/data/rutte4-asylum-2023.json', page, policy)).toEqual({
    ok: true,
    url: '../data/rutte4-asylum-2023.json',
    name: 'rutte4-asylum-2023',
  })
  expect(resolveDatasetLocation('new', page, policy)).toEqual({
    ok: true,
    url: '/coalition/extra/new.json',
    name: 'new',
  })
})
