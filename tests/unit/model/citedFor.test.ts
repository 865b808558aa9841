import { expect, test } from 'vitest'
import { sourceLinkText } from '../../../src/charts/sourceLinkText.ts'
import { citationKey, citedFor } from '../../../src/model/citedFor.ts'
import { loadTestland } from '../../support/testland.ts'

// testland: s1 is cited by 19 stances (red/cap/before twice: in its sources and its quote),
// the relation red-ultimatum (sources and quote), the measures cap and wait, all 3 parties and ann.
const testland = loadTestland()

test('citedFor(testland) lists each record citing s1 once, stances first', () => {
  const keys = (citedFor(testland).get('s1') ?? []).map(citationKey)
  expect(keys.filter((k) => k === 'stance:red|cap|before')).toHaveLength(1)
  expect(keys.filter((k) => k.startsWith('stance:'))).toHaveLength(19)
  expect(keys.slice(19)).toEqual([
    'relation:red-ultimatum',
    'measure:cap',
    'measure:wait',
    'party:red',
    'party:blue',
    'party:green',
    'person:ann',
  ])
})

test('citedFor(testland) gives s4 the one event that cites it', () => {
  expect(citedFor(testland).get('s4')?.map(citationKey)).toEqual(['event:fall'])
})

test('sourceLinkText(source) is the headline, else the description in the language, never a host', () => {
  const [s1] = testland.sources
  const s4 = testland.sourceById.get('s4')
  if (!s1 || !s4) throw new Error('testland has s1 and s4')
  expect(sourceLinkText(s1, 'nl', 'untitled')).toEqual({ text: 'Fictional report 1', lang: 'en' })
  expect(sourceLinkText(s4, 'nl', 'untitled')).toEqual({
    text: 'Verzonnen radioverslag van de val',
    lang: undefined,
  })
  const { description: _, ...bare } = s4
  expect(sourceLinkText(bare, 'en', 'untitled')).toEqual({ text: 'untitled', lang: undefined })
})
