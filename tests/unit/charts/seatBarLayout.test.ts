import { expect, test } from 'vitest'
import { seatBarLayout } from '../../../src/charts/majority/seatBarLayout.ts'

test('seatBarLayout places supporters largest first, to scale, with the majority line at the threshold', () => {
  const majority = {
    chamberId: 'tk',
    threshold: 76,
    supportSeats: 48,
    passes: false,
    coalitionCarries: false,
    needsSupport: false,
    otherSeats: 0,
    pivotal: [],
    alternatives: [],
  }
  const bar = seatBarLayout(
    majority,
    150,
    [
      { partyId: 'cda', seats: 14 },
      { partyId: 'vvd', seats: 34 },
      { partyId: 'x', seats: 0 },
    ],
    300,
  )
  // 300 px for 150 seats: 2 px a seat
  expect(bar.segments).toEqual([
    { partyId: 'vvd', x: 0, width: 68, seats: 34 },
    { partyId: 'cda', x: 68, width: 28, seats: 14 },
  ])
  expect(bar.thresholdX).toBe(152)
  expect(bar.supportX).toBe(96)
})
