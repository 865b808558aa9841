import { describe, expect, test } from 'vitest'
import type { RawChamber } from '../../../src/data/schema.ts'
import { atTheTable, inFavour, SIDES } from '../../../src/data/vocabularies.ts'
import { disagreement } from '../../../src/model/disagreement.ts'
import { keyFigures } from '../../../src/model/keyFigures.ts'
import { chamberThreshold, measureMajorities } from '../../../src/model/majority.ts'
import { partiesBySide } from '../../../src/model/partyOrder.ts'
import { hardened } from '../../../src/model/phaseChanges.ts'
import { loadTestland, withStances } from '../../support/testland.ts'

const chamber = (extra: Partial<RawChamber> = {}): RawChamber => ({
  id: 'bt',
  name: { en: 'Bundestag' },
  seats: 733,
  ...extra,
})

describe('majority rules', () => {
  test('by default more than half of the filled seats: vacant seats lower the bar', () => {
    expect(chamberThreshold(chamber())).toBe(367)
    expect(chamberThreshold(chamber({ vacant: 3 }))).toBe(366)
  })

  test('a fixed number, or two thirds of the members or of the votes cast', () => {
    expect(chamberThreshold(chamber({ majority: { seats: 400 } }))).toBe(400)
    expect(chamberThreshold(chamber(), { fraction: '2/3', of: 'members' })).toBe(489)
    // Two thirds of the votes: at most every filled seat votes.
    expect(chamberThreshold(chamber({ vacant: 4 }), { fraction: '2/3', of: 'votes' })).toBe(486)
    expect(chamberThreshold(chamber({ vacant: 4 }), { fraction: '2/3', of: 'members' })).toBe(489)
  })

  test("a measure's own rule wins over the chamber's: the debt brake needs two thirds", () => {
    const data = loadTestland()
    const wait = data.measureById.get('wait')
    if (!wait) throw new Error('testland has "wait"')
    const twoThirds = {
      ...data,
      measureById: new Map(data.measureById).set('wait', {
        ...wait,
        majority: { fraction: '2/3' as const, of: 'members' as const },
      }),
    }
    const [lower] = measureMajorities(twoThirds, 'wait', 'before')
    // red 4 + blue 3 = 7 of 10: a majority, but two thirds of 10 is 7: just enough.
    expect(lower?.threshold).toBe(7)
    expect(lower?.passes).toBe(true)
  })
})

describe('support and negotiating parties', () => {
  test('the sides, in the order the matrix groups them; the table holds coalition and negotiating', () => {
    expect(SIDES).toEqual(['coalition', 'negotiating', 'support', 'opposition'])
    expect(SIDES.filter(atTheTable)).toEqual(['coalition', 'negotiating'])
  })

  test('a minority coalition that needs its support party to pass a measure says so', () => {
    const data = loadTestland()
    // blue leaves the government but pledges support; red alone (4 of 10) falls short.
    const parties = data.parties.map((p) =>
      p.id === 'blue' ? { ...p, side: 'support' as const } : p,
    )
    const minority = { ...data, parties, partyById: new Map(parties.map((p) => [p.id, p])) }
    const [lower] = measureMajorities(minority, 'wait', 'before')
    expect(lower).toMatchObject({ passes: true, coalitionCarries: false, needsSupport: true })
    expect(partiesBySide(minority).map((p) => p.side)).toEqual([
      'coalition',
      'support',
      'opposition',
    ])
    expect(keyFigures(minority).coalition[0]).toMatchObject({ seats: 4, majority: false })
  })

  test('seats of parties not described are counted for no one and reported', () => {
    const data = loadTestland()
    const chambers = data.chambers.map((c) =>
      c.id === 'lower' ? { ...c, seats: 12, otherSeats: 2 } : c,
    )
    const [lower] = measureMajorities({ ...data, chambers }, 'wait', 'before')
    expect(lower).toMatchObject({ threshold: 7, supportSeats: 7, passes: true, otherSeats: 2 })
  })
})

describe('the demand position', () => {
  test('counts as support in a vote and is a hardening when a party moves into it', () => {
    expect(inFavour('demand')).toBe(true)
    expect(hardened('supports', 'demand')).toBe(true)
    expect(hardened('demand', 'supports')).toBe(false)
    expect(hardened('supports', 'opposes')).toBe(true)
  })

  test('a demand against a red line is full disagreement, no more', () => {
    const data = loadTestland()
    const stances = data.stances.map((s) =>
      s.party === 'red' && s.measure === 'cap' && s.phase === 'end'
        ? { ...s, position: 'demand' as const }
        : s,
    )
    const withDemand = withStances(data, stances)
    const result = disagreement(withDemand, 'red', 'blue', 'end', ['cap'])
    expect(result.value).toBe(1)
  })
})
