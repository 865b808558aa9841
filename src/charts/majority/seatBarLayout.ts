import { scaleLinear } from 'd3-scale'
import type { ChamberMajority } from '../../model/majority.ts'

export type SeatSegment = { partyId: string; x: number; width: number; seats: number }

/** A chamber as one bar: the supporting parties' seats from the left, the majority line marked. */
export type SeatBarLayout = {
  width: number
  segments: SeatSegment[]
  thresholdX: number
  supportX: number
}

/** Lays out one chamber's seat bar; supporters are placed largest first. */
export function seatBarLayout(
  majority: ChamberMajority,
  totalSeats: number,
  supporters: readonly { partyId: string; seats: number }[],
  width: number,
): SeatBarLayout {
  const x = scaleLinear().domain([0, totalSeats]).range([0, width])
  let at = 0
  const segments = [...supporters]
    .filter((s) => s.seats > 0)
    .sort((a, b) => b.seats - a.seats || a.partyId.localeCompare(b.partyId))
    .map((s) => {
      const segment = { partyId: s.partyId, x: x(at), width: x(s.seats) - x(0), seats: s.seats }
      at += s.seats
      return segment
    })
  return { width, segments, thresholdX: x(majority.threshold), supportX: x(majority.supportSeats) }
}
