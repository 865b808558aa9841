import { expect, test } from 'vitest'
import { describeMatrix } from '../../../src/charts/stance-matrix/describeMatrix.ts'
import { matrixModel } from '../../../src/model/matrixModel.ts'
import { loadTestland, withStances } from '../../support/testland.ts'

const data = loadTestland()
// blue falls silent on cap at mid: carried, its opposes from before is shown there.
const silentMid = withStances(
  data,
  data.stances.filter((s) => !(s.party === 'blue' && s.measure === 'cap' && s.phase === 'mid')),
)
const model = (rule: 'carried' | 'reported') =>
  matrixModel(silentMid, {
    phase: 'mid',
    topics: [],
    sortBy: 'side',
    showSilentParties: true,
    rule,
  })

test('describeMatrix counts carried stances as known and says how many are carried', () => {
  // mid: 9 cells on the table; known: red 3, blue 3 (cap carried) = 6; changed: the newly
  // tabled brake's known stances, red and blue (2).
  expect(describeMatrix(silentMid, 'en', model('carried'))).toBe(
    '3 parties and 4 measures at Middle. 6 of 9 stances are known; 2 changed since the previous moment. Last known, reported at an earlier moment: 1.',
  )
  expect(describeMatrix(silentMid, 'en', model('reported'))).toBe(
    '3 parties and 4 measures at Middle. 5 of 9 stances are known; 2 changed since the previous moment.',
  )
})
