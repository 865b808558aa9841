/** The closed ordinal scale of positions, from most to least in favour. */
export const POSITIONS = ['supports', 'conditional', 'undecided', 'opposes', 'red-line'] as const
export type Position = (typeof POSITIONS)[number]

/** A stance is a position on the scale, or honestly unknown (never guessed). */
export const STANCE_VALUES = [...POSITIONS, 'unknown'] as const
export type StanceValue = (typeof STANCE_VALUES)[number]

/** How we know a stance: said in public, reported via unnamed insiders, or inferred. */
export const CONFIDENCES = ['on-record', 'unnamed-sources', 'inferred'] as const
export type Confidence = (typeof CONFIDENCES)[number]

/** Which side of the dispute a party sat on. */
export const SIDES = ['coalition', 'opposition'] as const
export type Side = (typeof SIDES)[number]

/** Explicit, directed relations between parties or people. */
export const RELATION_KINDS = [
  'ultimatum',
  'red-line',
  'proposal',
  'vote-threat',
  'alliance',
  'accusation',
] as const
export type RelationKind = (typeof RELATION_KINDS)[number]

/**
 * Which stance a cell shows: the last known one, carried forward from an earlier phase when
 * reporting falls silent (the default), or only what was reported at that phase.
 */
export const STANCE_RULES = ['carried', 'reported'] as const
export type StanceRule = (typeof STANCE_RULES)[number]

/** A position's place on the ordinal scale: 0 (supports) … 4 (red line). */
export function positionRank(position: Position): number {
  return POSITIONS.indexOf(position)
}
