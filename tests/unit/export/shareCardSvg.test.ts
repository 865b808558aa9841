import { describe, expect, test } from 'vitest'
import { SHARE_CARD, shareCardSvg } from '../../../src/export/shareCardSvg.ts'
import { loadTestland } from '../../support/testland.ts'

describe('shareCardSvg', () => {
  const dataset = loadTestland()

  test('shareCardSvg(dataset) is a 1200 × 630 SVG with the title, credits and one mark per cell', () => {
    const svg = shareCardSvg(dataset, 'en')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/)
    expect(SHARE_CARD).toEqual({ width: 1200, height: 630 })
    expect(svg).toContain('Testland: a made-up dispute')
    expect(svg).toContain(dataset.meta.credits.en)
    // testland at its last phase: 3 parties (green has stances) × 4 measures, all on the table.
    const glyphs = svg.match(/font-size="17"/g) ?? []
    expect(glyphs.length).toBe(3 * 4 + 5) // the cells, and the key's five positions
  })

  test('shareCardSvg(dataset with a demand) explains the demand mark in its key as well', () => {
    const [first, ...rest] = dataset.stances
    if (!first) throw new Error('testland has stances')
    const demanding = { ...dataset, stances: [{ ...first, position: 'demand' as const }, ...rest] }
    const key = (svg: string) => (svg.match(/font-size="17"/g) ?? []).length - 3 * 4
    expect(key(shareCardSvg(dataset, 'en'))).toBe(5)
    expect(shareCardSvg(dataset, 'en')).not.toContain('>demands it<')
    expect(key(shareCardSvg(demanding, 'en'))).toBe(6)
    expect(shareCardSvg(demanding, 'en')).toContain('>demands it<')
  })

  test('shareCardSvg escapes dataset text and is the same on every call', () => {
    const hostile = {
      ...dataset,
      meta: { ...dataset.meta, title: { ...dataset.meta.title, en: '<script>&' } },
    }
    const svg = shareCardSvg(hostile, 'en')
    expect(svg).toContain('&lt;script&gt;&amp;')
    expect(svg).not.toContain('<script>')
    expect(shareCardSvg(dataset, 'en')).toBe(shareCardSvg(dataset, 'en'))
  })
})
