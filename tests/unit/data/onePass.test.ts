import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseDatasetText } from '../../../src/data/parseDatasetText.ts'
import type { RawDataset } from '../../../src/data/schema.ts'
import { validateDataset } from '../../../src/data/validateDataset.ts'

// testland (tests/support/testland.ts): phases before (2030-01-01 to 2030-03-01), mid (2030-03-03),
// end (2030-03-05); events talks (2030-03-03, mid) and fall (2030-03-05, end).
const testland: RawDataset = JSON.parse(readFileSync('tests/fixtures/valid/testland.json', 'utf8'))
const copy = (): RawDataset => structuredClone(testland)

/** The paths and messages of a dataset that must fail. */
function problemsOf(data: unknown): string[] {
  const result = validateDataset(data)
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)
}

describe('validateDataset reports every problem in one run', () => {
  test('validateDataset(bad id spelling + unknown id + party and person) lists all three', () => {
    const data = copy()
    const [first, second] = data.stances
    if (first) first.party = 'Blue' // a shape problem: ids are lowercase
    if (second) second.measure = 'tax' // a reference problem in a record that parsed
    const [relation] = data.relations
    if (relation) relation.from = { party: 'red', person: 'ann' }
    expect(problemsOf(data)).toEqual([
      expect.stringMatching(/^stances\[0\]\.party: "Blue" is not a valid id/),
      'stances[1].measure: "tax" is not a measure id (known: cap, wait, brake, vote)',
      'relations[0].from: must name exactly one of "party" or "person"',
    ])
  })

  test('validateDataset(a party with a bad colour) still resolves references to that party', () => {
    const data = copy()
    const [red] = data.parties
    if (red) red.colour = 'red'
    const [stance] = data.stances
    if (stance) stance.phase = 'later'
    expect(problemsOf(data)).toEqual([
      expect.stringMatching(/^parties\[0\]\.colour: "red" is not a colour/),
      'stances[0].phase: "later" is not a phase id (known: before, mid, end)',
    ])
  })

  test('validateDataset(sources not a list) reports the shape, not every citation', () => {
    const data = copy() as unknown as Record<string, unknown>
    data.sources = 'none'
    expect(problemsOf(data)).toEqual([expect.stringMatching(/^sources: must be an array/)])
  })
})

describe('validateDataset checks the event rules data/README.md states', () => {
  test('validateDataset(event after the last phase without aftermath) asks for aftermath', () => {
    const data = copy()
    const fall = data.events[1]
    if (fall) fall.date = '2030-03-09'
    expect(problemsOf(data)).toEqual([
      'events[1].aftermath: the event on "2030-03-09" comes after the last phase ("end", "2030-03-05"): mark it "aftermath": true',
    ])
  })

  test('validateDataset(event outside its phase) names the phase and its dates', () => {
    const data = copy()
    const talks = data.events[0]
    if (talks) talks.date = '2029-12-01'
    expect(problemsOf(data)).toEqual([
      'events[0].date: "2029-12-01" lies outside its phase "mid" ("2030-03-03" to "2030-03-05"); give the phase it falls in',
    ])
  })

  test('validateDataset(aftermath on an event inside a phase) refuses the mark', () => {
    const data = copy()
    const talks = data.events[0]
    if (talks) talks.aftermath = true
    expect(problemsOf(data)).toEqual([
      'events[0].aftermath: only events after the last phase ("end", "2030-03-05") are aftermath',
    ])
  })

  test('validateDataset(a night that ends after midnight, an aftermath event) accepts both', () => {
    const data = copy()
    const [talks, fall] = data.events
    if (talks) talks.date = '2030-03-05' // mid runs until the next phase's date
    if (fall) Object.assign(fall, { date: '2030-03-07', aftermath: true })
    expect(validateDataset(data).ok).toBe(true)
  })
})

describe('parseDatasetText names the line and column of a JSON syntax error', () => {
  test('parseDatasetText(missing comma on line 3) says line 3, column 7', () => {
    const result = parseDatasetText('{\n  "a": 1,\n  "b" 2\n}')
    expect(result.ok ? [] : result.problems).toEqual([
      { path: '(file)', message: 'is not valid JSON: line 3, column 7: Unexpected number' },
    ])
  })

  test('parseDatasetText(cut-off file) points at its end', () => {
    const result = parseDatasetText('{\n  "meta":')
    expect(result.ok ? '' : result.problems[0]?.message).toBe(
      'is not valid JSON: line 2, column 10: Unexpected end of JSON input',
    )
  })

  test('parseDatasetText(an HTML page) says it is a web page', () => {
    const result = parseDatasetText('<!doctype html><title>Not found</title>')
    expect(result.ok ? '' : result.problems[0]?.message).toBe(
      'is a web page (HTML), not a JSON file',
    )
  })
})
