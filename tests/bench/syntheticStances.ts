import type { RawMeasure, RawParty, RawPhase, RawStance } from '../../src/data/schema.ts'
import { CONFIDENCES, POSITIONS, type Position } from '../../src/data/vocabularies.ts'
import { pick, randomInt } from './prng.ts'

/** Share of coalition cells where reporting is silent (`unknown`). */
const UNKNOWN_SHARE = 0.1
/** Chance a coalition party moves from one phase to the next. */
const CHANGE_SHARE = 0.25
/** Share of measures an opposition party is reported on (at one phase). */
const OPPOSITION_SHARE = 0.05

const both = (nl: string, en: string) => ({ nl, en })

function knownStance(
  random: () => number,
  key: Pick<RawStance, 'party' | 'measure' | 'phase'>,
  position: Position,
  source: string,
): RawStance {
  return {
    ...key,
    position,
    confidence: pick(random, CONFIDENCES),
    summary: both(`Synthetische positie: ${position}.`, `Synthetic stance: ${position}.`),
    sources: [source],
  }
}

/** Every coalition party on every measure at every phase it is on the table; positions drift. */
export function coalitionStances(
  coalition: readonly string[],
  measures: readonly RawMeasure[],
  phases: readonly RawPhase[],
  random: () => number,
  sourceAt: (i: number) => string,
): RawStance[] {
  const first = (m: RawMeasure) => phases.findIndex((p) => p.id === m.proposedAt)
  return coalition.flatMap((party) =>
    measures.flatMap((measure, m) => {
      let position = pick(random, POSITIONS)
      return phases.slice(first(measure)).map((phase, i): RawStance => {
        const key = { party, measure: measure.id, phase: phase.id }
        if (random() < UNKNOWN_SHARE)
          return {
            ...key,
            position: 'unknown',
            summary: both('Geen bron.', 'No source.'),
            sources: [],
          }
        if (random() < CHANGE_SHARE) position = pick(random, POSITIONS)
        return knownStance(random, key, position, sourceAt(m + i))
      })
    }),
  )
}

/** A few stances per opposition party, at least one each so every row is shown. */
export function oppositionStances(
  parties: readonly RawParty[],
  measures: readonly RawMeasure[],
  phases: readonly RawPhase[],
  random: () => number,
  sourceAt: (i: number) => string,
): RawStance[] {
  return parties
    .filter((p) => p.side === 'opposition')
    .flatMap((party) => {
      const chosen = measures.filter((_, m) => m === 0 || random() < OPPOSITION_SHARE)
      return chosen.map((measure, m) => {
        const from = phases.findIndex((p) => p.id === measure.proposedAt)
        const phase = phases[randomInt(random, from, phases.length - 1)]?.id ?? measure.proposedAt
        const key = { party: party.id, measure: measure.id, phase }
        return knownStance(random, key, pick(random, POSITIONS), sourceAt(m))
      })
    })
}
