import { expect, test } from 'vitest'
import { parseViewParams } from '../../../src/state/url.ts'

test('parseViewParams reads a supported language', () => {
  expect(parseViewParams('?lang=en')).toEqual({ language: 'en' })
  expect(parseViewParams('lang=nl&x=1')).toEqual({ language: 'nl' })
})

test('parseViewParams drops unknown or malformed values instead of throwing', () => {
  expect(parseViewParams('?lang=fr')).toEqual({})
  expect(parseViewParams('?lang=%E0%A4%A')).toEqual({})
  expect(parseViewParams('')).toEqual({})
})
