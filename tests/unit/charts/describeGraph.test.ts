import { expect, test } from 'vitest'
import { describeNode } from '../../../src/charts/conflict-graph/describeGraph.ts'
import { loadTestland } from '../../support/testland.ts'

const testland = loadTestland()

test('a node’s name sets its side in the sentence as the language writes it', () => {
  // English and Dutch lower-case the side mid-sentence; German keeps the capital of its noun.
  expect(describeNode(testland, 'en', 'red')).toContain(', coalition, ')
  expect(describeNode(testland, 'nl', 'red')).toContain(', coalitie, ')
  expect(describeNode(testland, 'de', 'red')).toContain(', Koalition, ')
  expect(describeNode(testland, 'de', 'green')).toContain(', Opposition, ')
})
