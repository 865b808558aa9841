/**
 * The parties the graph shows without the opposition: coalition, negotiating and support parties.
 * They are the ring's anchors.
 */
export const isAnchor = (party: { side: string }): boolean => party.side !== 'opposition'

/**
 * The order parties sit in round the ring, clockwise from the top: the anchors (see isAnchor)
 * spread evenly, each followed by its share of the opposition, which keeps its order. A share is
 * measured by `room` (the arc a party needs), so a run of large parties gets fewer companions.
 * The parties shown without the opposition thus stay where they were when it is shown, and the
 * arrows between them (most of the relations) keep the room in the middle. Takes the parties in
 * side-and-seat order.
 */
export function ringOrder<T extends { side: string }>(
  parties: readonly T[],
  room: (party: T) => number,
): T[] {
  const anchors = parties.filter(isAnchor)
  const others = parties.filter((p) => !isAnchor(p))
  if (anchors.length === 0 || others.length === 0) return [...parties]
  const total = others.reduce((sum, p) => sum + room(p), 0) || 1
  const shares: T[][] = anchors.map(() => [])
  let before = 0
  for (const party of others) {
    // The share whose stretch of the total holds this party's middle.
    const middle = (before + room(party) / 2) / total
    before += room(party)
    shares[Math.min(anchors.length - 1, Math.floor(middle * anchors.length))]?.push(party)
  }
  return anchors.flatMap((party, i) => [party, ...(shares[i] ?? [])])
}
