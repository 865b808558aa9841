import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import type { RawDataset } from '../../../src/data/schema.ts'
import { validateDataset } from '../../../src/data/validateDataset.ts'

// testland's asOf is 2030-03-09T12:00:00+01:00, the day of its last correction; everything else
// it records comes before.
const testland: RawDataset = JSON.parse(
  readFileSync(new URL('../../fixtures/valid/testland.json', import.meta.url), 'utf8'),
)
const copy = (): RawDataset => structuredClone(testland)
const problemsOf = (data: RawDataset) => {
  const result = validateDataset(data)
  return result.ok ? [] : result.problems
}

test('a source published after meta.asOf is named by path, with both dates', () => {
  const data = copy()
  const source = data.sources[1]
  if (source) source.date = '2030-03-10'
  expect(problemsOf(data)).toEqual([
    {
      path: 'sources[1].date',
      message:
        'this source was published on "2030-03-10", after meta.asOf ("2030-03-09T12:00:00+01:00"): move meta.asOf to when the dataset was last brought up to date',
    },
  ])
})

test('the day of meta.asOf itself is allowed, and a month-only date compares by month', () => {
  const data = copy()
  const [first, second] = data.sources
  if (first) first.date = '2030-03-09'
  if (second) second.date = '2030-03'
  expect(problemsOf(data)).toEqual([])
  if (second) second.date = '2030-04'
  expect(problemsOf(data).map((p) => p.path)).toEqual(['sources[1].date'])
})

test('an event, a phase and a correction after meta.asOf are each reported', () => {
  const data = copy()
  data.meta.asOf = '2010-01-01T12:00:00+01:00'
  data.meta.corrections = [{ date: '2030-01-01', text: { en: 'Fixed a date.' } }]
  const paths = problemsOf(data).map((p) => p.path)
  expect(paths).toContain('events[0].date')
  expect(paths).toContain('phases[0].date')
  expect(paths).toContain('meta.corrections[0].date')
  expect(paths).toContain('sources[0].date')
})

test('meta.asOf is read in its own offset: a late evening in Amsterdam is still that day', () => {
  const data = copy()
  // 23:30 on 9 March in UTC+1 is already 10 March further east; the dataset's own day counts,
  // both ways: a source of 9 March is fine, one of 10 March is not.
  data.meta.asOf = '2030-03-09T23:30:00+01:00'
  const source = data.sources[0]
  if (source) source.date = '2030-03-09'
  expect(problemsOf(data)).toEqual([])
  if (source) source.date = '2030-03-10'
  expect(problemsOf(data).map((p) => p.path)).toEqual(['sources[0].date'])
})
