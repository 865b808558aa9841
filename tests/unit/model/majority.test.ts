import { describe, expect, test } from 'vitest'
import type { RawParty } from '../../../src/data/schema.ts'
import {
  majorityThreshold,
  measureMajorities,
  smallestCompletions,
  supporters,
} from '../../../src/model/majority.ts'
import { loadTestland, withStances } from '../../support/testland.ts'

const data = loadTestland()

describe('majority', () => {
  test('majorityThreshold is more than half: 76 of 150, 38 of 75', () => {
    expect(majorityThreshold(150)).toBe(76)
    expect(majorityThreshold(75)).toBe(38)
  })

  test('supporters counts supports and conditional support, never unknown', () => {
    expect(supporters(data, 'wait', 'before').map((p) => p.id)).toEqual(['red', 'blue'])
    expect(supporters(data, 'cap', 'end').map((p) => p.id)).toEqual(['red'])
  })

  test('measureMajorities: red 4 + blue 3 carry "wait" in the lower house (7 of 10, needs 6), both pivotal', () => {
    const [lower, upper] = measureMajorities(data, 'wait', 'before')
    expect(lower).toEqual({
      chamberId: 'lower',
      threshold: 6,
      supportSeats: 7,
      passes: true,
      coalitionCarries: true,
      needsSupport: false,
      otherSeats: 0,
      pivotal: ['red', 'blue'],
      alternatives: [],
    })
    expect(upper?.supportSeats).toBe(3)
    expect(upper?.passes).toBe(true)
  })

  test('measureMajorities: "cap" at the end has only red (4 of 10) and no opposition party known to back it', () => {
    const [lower] = measureMajorities(data, 'cap', 'end')
    expect(lower?.passes).toBe(false)
    expect(lower?.coalitionCarries).toBe(false)
    expect(lower?.alternatives).toEqual([])
  })

  test('smallestCompletions finds the fewest parties that close the gap', () => {
    const party = (id: string, seats: number) =>
      ({ id, seats: { tk: seats } }) as unknown as RawParty
    const parties = [party('a', 5), party('b', 3), party('c', 2), party('d', 1)]
    const seats = (p: RawParty) => p.seats.tk ?? 0
    expect(smallestCompletions(parties, 4, seats)).toEqual([['a']])
    expect(smallestCompletions(parties, 6, seats)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'd'],
    ])
    expect(smallestCompletions(parties, 0, seats)).toEqual([])
    expect(smallestCompletions(parties, 12, seats)).toEqual([])
  })
})

describe('majority edge cases', () => {
  test('support exactly at the threshold passes (upper house: red 2 + blue 1 = 3 of 5, needs 3)', () => {
    const [, upper] = measureMajorities(data, 'wait', 'before')
    expect(upper).toMatchObject({
      threshold: 3,
      supportSeats: 3,
      passes: true,
      pivotal: ['red', 'blue'],
    })
  })

  test('a measure nobody supports has 0 seats and no pivotal party', () => {
    // Without red's stances nobody is known to back 'vote' at the end: blue opposes, green is unknown.
    const [lower] = measureMajorities(
      withStances(
        data,
        data.stances.filter((s) => s.party !== 'red'),
      ),
      'vote',
      'end',
    )
    expect(lower).toMatchObject({
      supportSeats: 0,
      passes: false,
      coalitionCarries: false,
      pivotal: [],
    })
  })

  test('a supporting party with zero seats in a chamber is never pivotal there', () => {
    const noUpper = data.parties.map((p) =>
      p.id === 'blue' ? { ...p, seats: { ...p.seats, upper: 0 } } : p,
    )
    const green = noUpper.find((p) => p.id === 'green')
    if (green) green.seats = { ...green.seats, upper: 3 } // keep the chamber at 5 seats
    const withZero = {
      ...data,
      parties: noUpper,
      partyById: new Map(noUpper.map((p) => [p.id, p])),
    }
    const [, upper] = measureMajorities(withZero, 'wait', 'before')
    // red 2 + blue 0 = 2 of 5, needs 3: fails, and blue (0 seats) is not pivotal
    expect(upper).toMatchObject({ supportSeats: 2, passes: false, pivotal: [] })
  })

  test('an opposition party with known support can complete the majority', () => {
    const base = data.stances.find(
      (s) => s.party === 'red' && s.measure === 'cap' && s.phase === 'end',
    )
    const others = data.stances.filter(
      (s) => !(s.party === 'green' && s.measure === 'cap' && s.phase === 'end'),
    )
    const greenBacks = withStances(data, base ? [...others, { ...base, party: 'green' }] : others)
    const [lower] = measureMajorities(greenBacks, 'cap', 'end')
    // red 4 + green 3 = 7 of 10: passes; without red or green it would not
    expect(lower).toMatchObject({
      supportSeats: 7,
      passes: true,
      coalitionCarries: false,
      pivotal: ['red', 'green'],
    })
  })
})
