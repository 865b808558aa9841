import { expect, test } from 'vitest'
import { isInDispute, keyFigures } from '../../../src/model/keyFigures.ts'
import { loadTestland, withStances } from '../../support/testland.ts'

const data = loadTestland()

test('keyFigures gives coalition seats per chamber against the threshold', () => {
  // coalition red + blue: lower 4 + 3 = 7 of 10 (needs 6), upper 2 + 1 = 3 of 5 (needs 3)
  expect(keyFigures(data).coalition).toEqual([
    { chamberId: 'lower', seats: 7, total: 10, threshold: 6, majority: true },
    { chamberId: 'upper', seats: 3, total: 5, threshold: 3, majority: true },
  ])
})

test('isInDispute: a coalition party for and another against at some phase; undecided and unknown never count', () => {
  expect(isInDispute(data, 'cap')).toBe(true) // red supports, blue opposes
  expect(isInDispute(data, 'wait')).toBe(true) // end: red supports, blue opposes
  expect(isInDispute(data, 'brake')).toBe(true) // end: red supports, blue opposes
  expect(keyFigures(data).measuresInDispute).toBe(4)
  const calm = withStances(
    data,
    data.stances.filter((s) => !(s.party === 'blue' && s.phase !== 'mid')),
  )
  // Without blue's before/end stances, only mid remains: cap red line vs supports → still disputed; brake undecided → not
  expect(isInDispute(calm, 'brake')).toBe(false)
  expect(isInDispute(calm, 'cap')).toBe(true)
})
