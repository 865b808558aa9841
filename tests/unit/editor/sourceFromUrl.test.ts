import { describe, expect, test } from 'vitest'
import type { RawDataset } from '../../../src/data/schema.ts'
import { sourceFromUrl } from '../../../src/editor/sourceFromUrl.ts'
import { templateDataset } from '../../../src/editor/template.ts'

// The template (languages nl and en) with one NRC source already in it.
const base: RawDataset = (() => {
  const raw = templateDataset('2023-07-07', ['nl', 'en'])
  return {
    ...raw,
    sources: [
      ...raw.sources,
      {
        id: 'nrc-20210513-van-haga',
        outlet: 'NRC',
        title: 'Van Haga splitst af',
        url: 'https://www.nrc.nl/nieuws/2021/05/13/van-haga-a4043462',
        date: '2021-05-13',
        language: 'nl',
      },
    ],
  }
})()

describe('sourceFromUrl', () => {
  test('sourceFromUrl(raw, url) takes the outlet, id prefix and language of the same host', () => {
    expect(
      sourceFromUrl(base, 'https://www.nrc.nl/nieuws/2023/07/07/kabinet-valt-over-asiel-a4169000'),
    ).toEqual({
      id: 'nrc-20230707-kabinet-valt-over-asiel',
      outlet: 'NRC',
      title: null,
      url: 'https://www.nrc.nl/nieuws/2023/07/07/kabinet-valt-over-asiel-a4169000',
      date: '2023-07-07',
      language: 'nl',
    })
  })

  test('sourceFromUrl(raw, url) falls back to the host and its country domain’s language', () => {
    const source = sourceFromUrl(base, 'https://nos.nl/artikel/2482210-kabinet-rutte-gevallen')
    expect(source).toMatchObject({
      id: 'nos-kabinet-rutte-gevallen',
      outlet: 'nos.nl',
      date: '',
      language: 'nl',
    })
  })

  test('sourceFromUrl(raw, url) takes the default language for a domain no language names', () => {
    const source = sourceFromUrl(
      base,
      'https://www.politico.eu/article/dutch-government-collapses/',
    )
    expect(source).toMatchObject({ outlet: 'politico.eu', language: 'nl' })
  })

  test('sourceFromUrl(raw, url) keeps only the month where the address gives no day', () => {
    expect(
      sourceFromUrl(base, 'https://www.metronieuws.nl/binnenland/2025/06/reacties-val-kabinet/')
        ?.date,
    ).toBe('2025-06')
  })

  test('sourceFromUrl(raw, url) numbers an id already taken', () => {
    const url = 'https://www.nrc.nl/nieuws/2021/05/13/van-haga-a4043462'
    expect(sourceFromUrl(base, url)?.id).toBe('nrc-20210513-van-haga-2')
  })

  test('sourceFromUrl(raw, text) is null for what is no http(s) address', () => {
    expect(sourceFromUrl(base, 'javascript:alert(1)')).toBeNull()
    expect(sourceFromUrl(base, 'nos.nl/artikel')).toBeNull()
  })
})
