/**
 * The closed ordinal scale of positions, from most to least in favour: a demand ("no deal
 * without it", the mirror of a red line), support, support with conditions, undecided,
 * opposition, a red line.
 */
export const POSITIONS = [
  'demand',
  'supports',
  'conditional',
  'undecided',
  'opposes',
  'red-line',
] as const
export type Position = (typeof POSITIONS)[number]

/** A stance is a position on the scale, or honestly unknown (never guessed). */
export const STANCE_VALUES = [...POSITIONS, 'unknown'] as const
export type StanceValue = (typeof STANCE_VALUES)[number]

/** How we know a stance: said in public, reported via unnamed insiders, or inferred. */
export const CONFIDENCES = ['on-record', 'unnamed-sources', 'inferred'] as const
export type Confidence = (typeof CONFIDENCES)[number]

/**
 * Where a party stood towards the government, in the order the graphic groups them: in it
 * (coalition), in talks to form one (negotiating, as in a formation), outside it but pledged to
 * support it (support: confidence-and-supply, tolerance), or against it (opposition).
 */
export const SIDES = ['coalition', 'negotiating', 'support', 'opposition'] as const
export type Side = (typeof SIDES)[number]

/** The parties at the table: the government, or the coalition being formed. */
export function atTheTable(side: Side): boolean {
  return side === 'coalition' || side === 'negotiating'
}

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

/** Positions that count as support in a vote: a demand, support, support with conditions. */
export function inFavour(value: StanceValue): boolean {
  return value === 'demand' || value === 'supports' || value === 'conditional'
}

/** A position's place on the ordinal scale: 0 (demand) … 5 (red line). */
export function positionRank(position: Position): number {
  return POSITIONS.indexOf(position)
}
