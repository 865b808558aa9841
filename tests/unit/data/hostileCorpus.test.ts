import { describe, expect, test } from 'vitest'
import { parseDatasetText } from '../../../src/data/parseDatasetText.ts'
import { HOSTILE_CASES } from '../../fixtures/hostile/cases.ts'
import { fixtureText } from '../../support/fixtureChange.ts'

describe('hostile corpus', () => {
  // The browser test checks the page stays safe; this checks each case is the attack it names.
  test.each(HOSTILE_CASES)('validateDataset leaves $name to be $outcome', ({ change, outcome }) => {
    const result = parseDatasetText(fixtureText(change))
    expect(result.ok ? 'drawn' : 'rejected').toBe(outcome)
  })
})
