import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { resolveDatasetLocation } from '../../../src/data/datasetLocation.ts'

const PAGE = 'https://graphics.example.org/coalition/?data=x'
const resolve = (value: string) => resolveDatasetLocation(value, PAGE, 'rutte4-asylum-2023')

describe('resolveDatasetLocation', () => {
  test('no value opens the default dataset; a name opens a bundled one', () => {
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

  test('a relative path to JSON on the same origin is allowed', () => {
    expect(resolve('mine/dispute.json')).toEqual({
      ok: true,
      url: '/coalition/mine/dispute.json',
      name: 'dispute.json',
    })
    expect(resolve('/other/x.json')).toEqual({ ok: true, url: '/other/x.json', name: 'x.json' })
  })

  test.each([
    ['https://evil.example/x.json', 'scheme'],
    ['//evil.example/x.json', 'absolute'],
    ['javascript:alert(1)', 'scheme'],
    ['JaVaScRiPt:alert(1)', 'scheme'],
    ['data:application/json,{}', 'scheme'],
    ['../../etc/passwd', 'not-json'],
    ['\\\\evil.example\\x.json', 'absolute'],
  ])('refuses %s (%s)', (value, reason) => {
    expect(resolve(value)).toEqual({ ok: false, reason })
  })

  test('any input either stays on the page’s origin or is refused, and never throws', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const result = resolve(value)
        if (result.ok) expect(new URL(result.url, PAGE).origin).toBe('https://graphics.example.org')
      }),
      { numRuns: 2000 },
    )
  })
})
