/**
 * The order parties sit in round the ring, clockwise from the top: the coalition spread evenly,
 * each followed by its share of the other parties, which keep their order. A share is measured by
 * `room` (the arc a party needs), so a run of large parties gets fewer companions. The coalition's
 * parties thus stay where they were when the opposition is shown, and the arrows between them
 * (most of the relations) keep the room in the middle. Takes the parties in side-and-seat order.
 */
export function ringOrder<T extends { side: string }>(
  parties: readonly T[],
  room: (party: T) => number,
): T[] {
  const coalition = parties.filter((p) => p.side === 'coalition')
  const others = parties.filter((p) => p.side !== 'coalition')
  if (coalition.length === 0 || others.length === 0) return [...parties]
  const total = others.reduce((sum, p) => sum + room(p), 0) || 1
  const shares: T[][] = coalition.map(() => [])
  let before = 0
  for (const party of others) {
    // The share whose stretch of the total holds this party's middle.
    const middle = (before + room(party) / 2) / total
    before += room(party)
    shares[Math.min(coalition.length - 1, Math.floor(middle * coalition.length))]?.push(party)
  }
  return coalition.flatMap((party, i) => [party, ...(shares[i] ?? [])])
}
