import type { Dataset } from '../data/indexDataset.ts'
import type { MajorityRule, RawChamber, RawParty } from '../data/schema.ts'
import { atTheTable, inFavour, type StanceRule } from '../data/vocabularies.ts'
import { stanceCell } from './stanceCell.ts'

/** Seats needed for a majority of `seats` votes: more than half (76 of 150, 38 of 75). */
export function majorityThreshold(seats: number): number {
  return Math.floor(seats / 2) + 1
}

const FRACTIONS = { '1/2': [1, 2], '2/3': [2, 3], '3/5': [3, 5], '3/4': [3, 4] } as const

/**
 * The votes a decision needs in a chamber: the measure's own rule where it has one (a
 * constitutional change), else the chamber's, else more than half of the filled seats. A
 * fraction of the votes cast is reckoned with every filled seat voting, the most it can take.
 */
export function chamberThreshold(chamber: RawChamber, rule?: MajorityRule): number {
  const filled = chamber.seats - (chamber.vacant ?? 0)
  const applied = rule ?? chamber.majority
  if (!applied) return majorityThreshold(filled)
  if ('seats' in applied) return applied.seats
  const [part, whole] = FRACTIONS[applied.fraction]
  const base = applied.of === 'members' ? chamber.seats : filled
  // "Two thirds" means at least two thirds; "half" of a rule written as a fraction, more than half.
  return applied.fraction === '1/2' ? majorityThreshold(base) : Math.ceil((base * part) / whole)
}

/** Where a measure stood in one chamber at one phase. */
export type ChamberMajority = {
  chamberId: string
  threshold: number
  /** Seats of the parties that support it (with or without conditions). */
  supportSeats: number
  passes: boolean
  /** Coalition parties' supporting seats alone reach the threshold. */
  coalitionCarries: boolean
  /** The coalition falls short alone but reaches it with the support parties that back it. */
  needsSupport: boolean
  /** Seats of parties the dataset does not describe: counted for no one. */
  otherSeats: number
  /** Supporting parties without whom it would fall short. */
  pivotal: string[]
  /** Smallest sets of opposition parties (with known support) that would complete a majority with the supporting coalition parties. */
  alternatives: string[][]
}

/** Parties whose known stance on the measure at the phase is support; unknown is never support. */
export function supporters(
  dataset: Dataset,
  measureId: string,
  phaseId: string,
  rule: StanceRule = 'carried',
): RawParty[] {
  return dataset.parties.filter((party) => {
    const cell = stanceCell(dataset, party.id, measureId, phaseId, rule)
    return cell.kind === 'stance' && inFavour(cell.value)
  })
}

/** The majority arithmetic of a measure at a phase, per chamber. */
export function measureMajorities(
  dataset: Dataset,
  measureId: string,
  phaseId: string,
  rule: StanceRule = 'carried',
): ChamberMajority[] {
  const backing = supporters(dataset, measureId, phaseId, rule)
  const measureRule = dataset.measureById.get(measureId)?.majority
  return dataset.chambers.map((chamber) => {
    const seats = (p: RawParty) => p.seats[chamber.id] ?? 0
    const sum = (parties: readonly RawParty[]) => parties.reduce((total, p) => total + seats(p), 0)
    const threshold = chamberThreshold(chamber, measureRule)
    const supportSeats = sum(backing)
    const passes = supportSeats >= threshold
    // The parties at the table: the coalition, or the one being formed.
    const coalitionSeats = sum(backing.filter((p) => atTheTable(p.side)))
    const withSupport = coalitionSeats + sum(backing.filter((p) => p.side === 'support'))
    const pivotal = passes
      ? backing.filter((p) => seats(p) > 0 && supportSeats - seats(p) < threshold).map((p) => p.id)
      : []
    // Who could complete a majority: support parties and the opposition, with known support.
    const outside = backing.filter((p) => !atTheTable(p.side) && seats(p) > 0)
    return {
      chamberId: chamber.id,
      threshold,
      supportSeats,
      passes,
      coalitionCarries: coalitionSeats >= threshold,
      needsSupport: coalitionSeats < threshold && withSupport >= threshold,
      otherSeats: chamber.otherSeats ?? 0,
      pivotal,
      alternatives: smallestCompletions(outside, threshold - coalitionSeats, seats),
    }
  })
}

/**
 * The smallest sets of `candidates` whose seats reach `needed` (fewest parties; at most 3 sets,
 * largest first). Empty when nothing is needed or no set reaches it.
 */
export function smallestCompletions(
  candidates: readonly RawParty[],
  needed: number,
  seats: (party: RawParty) => number,
): string[][] {
  if (needed <= 0) return []
  const sorted = [...candidates].sort((a, b) => seats(b) - seats(a) || a.id.localeCompare(b.id))
  for (let size = 1; size <= sorted.length; size++) {
    const found = combinations(sorted, size)
      .filter((set) => set.reduce((t, p) => t + seats(p), 0) >= needed)
      .map((set) => set.map((p) => p.id))
    if (found.length > 0) return found.slice(0, 3)
  }
  return []
}

function combinations<T>(items: readonly T[], size: number, start = 0): T[][] {
  if (size === 0) return [[]]
  const result: T[][] = []
  // Datasets have tens of parties at most, and the search stops at the first size that works.
  for (let i = start; i <= items.length - size && result.length < 50; i++)
    for (const rest of combinations(items, size - 1, i + 1)) result.push([items[i] as T, ...rest])
  return result
}
