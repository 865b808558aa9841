import { contrastRatio, MARK_CONTRAST, THEME_BACKGROUNDS } from '../../src/data/colour.ts'
import type { RawParty } from '../../src/data/schema.ts'
import { randomInt } from './prng.ts'

/** A small coalition, as in real disputes; every other party is opposition. */
const COALITION_SIZE = 4

const pad = (n: number) => String(n).padStart(3, '0')

/** Synthetic parties: a coalition of up to four big ones first, then small opposition parties. */
export function makeParties(count: number, random: () => number, source: string): RawParty[] {
  const coalitionSize = Math.min(COALITION_SIZE, Math.ceil(count / 2))
  return Array.from({ length: count }, (_, i) => {
    const coalition = i < coalitionSize
    const id = `party-${pad(i + 1)}`
    return {
      id,
      name: { nl: `Partij ${i + 1}`, en: `Party ${i + 1}` },
      shortName: `P${i + 1}`,
      colour: readableColour(random),
      seats: {
        lower: coalition ? randomInt(random, 10, 30) : randomInt(random, 1, 8),
        upper: coalition ? randomInt(random, 3, 12) : randomInt(random, 0, 4),
      },
      side: coalition ? 'coalition' : 'opposition',
      leader: coalition ? `leader-${id}` : null,
      chair: null,
      sources: [source],
    }
  })
}

/** A random `#rrggbb` with the validator's 3:1 contrast against both page backgrounds. */
function readableColour(random: () => number): string {
  const channel = () => randomInt(random, 0, 255).toString(16).padStart(2, '0')
  const readable = (hex: string) =>
    Object.values(THEME_BACKGROUNDS).every((bg) => contrastRatio(hex, bg) >= MARK_CONTRAST)
  let hex: string
  do hex = `#${channel()}${channel()}${channel()}`
  while (!readable(hex))
  return hex
}

/** The seats of all parties in a chamber: the synthetic chamber's size. */
export function seatSum(parties: readonly RawParty[], chamber: string): number {
  return parties.reduce((sum, p) => sum + (p.seats[chamber] ?? 0), 0)
}
