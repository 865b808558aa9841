import type { Dataset } from '../data/indexDataset.ts'
import type { RawParty } from '../data/schema.ts'

/** Seats in the dataset's first chamber (the one the graphic leads with). */
export function leadSeats(dataset: Dataset, party: RawParty): number {
  const chamber = dataset.chambers[0]
  return chamber ? (party.seats[chamber.id] ?? 0) : 0
}

/** Parties in reading order: coalition first, then opposition, each by seats, then by name. */
export function partiesBySide(dataset: Dataset): RawParty[] {
  const sideRank = (party: RawParty) => (party.side === 'coalition' ? 0 : 1)
  return [...dataset.parties].sort(
    (a, b) =>
      sideRank(a) - sideRank(b) ||
      leadSeats(dataset, b) - leadSeats(dataset, a) ||
      a.shortName.localeCompare(b.shortName),
  )
}
