import type { Dataset } from '../data/indexDataset.ts'
import type { RawParty } from '../data/schema.ts'
import { SIDES } from '../data/vocabularies.ts'
import { datasetMemo } from './datasetMemo.ts'

/** Seats in the dataset's first chamber (the one the graphic leads with). */
export function leadSeats(dataset: Dataset, party: RawParty): number {
  const chamber = dataset.chambers[0]
  return chamber ? (party.seats[chamber.id] ?? 0) : 0
}

/**
 * Parties in reading order, grouped by side (coalition, negotiating, support, opposition), each
 * group by seats, then by name. Sorted once per dataset: the same array every call.
 */
export function partiesBySide(dataset: Dataset): readonly RawParty[] {
  return bySide(dataset, '', () => sortBySide(dataset))
}

const bySide = datasetMemo<readonly RawParty[]>()

function sortBySide(dataset: Dataset): RawParty[] {
  const sideRank = (party: RawParty) => SIDES.indexOf(party.side)
  return [...dataset.parties].sort(
    (a, b) =>
      sideRank(a) - sideRank(b) ||
      leadSeats(dataset, b) - leadSeats(dataset, a) ||
      byName(a.shortName, b.shortName),
  )
}

/**
 * A plain, case-blind order for party abbreviations (only a tie-break after side and seats).
 * Not localeCompare: its first call in a page builds a collator from locale data, ~20 ms in the
 * middle of hydrating the first view.
 */
function byName(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x < y ? -1 : x > y ? 1 : 0
}
