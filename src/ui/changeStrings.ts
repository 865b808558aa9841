import type { Language } from '../data/languages.ts'
import type { RelationKind } from '../data/vocabularies.ts'

/**
 * The words for carried stances and for what changed at a moment, one dictionary per language.
 * Kept apart from strings.ts so the carried rule and the changes list change in one place.
 */
const nl = {
  carried: 'laatst gemeld: {phase}',
  summaryCarried: 'Laatst bekend, gemeld op een eerder moment: {count}.',
  cardCarried: 'Laatst gemeld: {phase}',
  cardCarriedNote:
    'Voor dit moment vonden we geen nieuw bericht; dit is het laatst bekende standpunt.',
  legendCarried: 'laatst bekend, van een eerder moment',
  onlyReported: 'Toon alleen wat op dit moment is gemeld',
  changesTitle: 'Wat veranderde sinds {phase}',
  changesNone: 'Geen nieuwe standpunten, maatregelen of eisen sinds {phase}.',
  moved: '{party} {direction}: van {from} naar {to} over {measure}',
  hardened: 'stelde zich harder op',
  softened: 'stelde zich milder op',
  firstKnown: 'Eerste bekende standpunt van {party} over {measure}: {to}',
  showAll: 'Toon alle {count}',
  showFewer: 'Toon minder',
  tabled: 'Nieuw op tafel: {measure}',
  announce: '{phase}. Wat veranderde: {changes}',
  announceNone: '{phase}. Geen veranderingen sinds het vorige moment.',
  announceFirst: '{phase}. Het eerste moment.',
}

export type ChangeStrings = typeof nl

const en: ChangeStrings = {
  carried: 'last reported: {phase}',
  summaryCarried: 'Last known, reported at an earlier moment: {count}.',
  cardCarried: 'Last reported: {phase}',
  cardCarriedNote: 'We found no new report for this moment; this is the last known position.',
  legendCarried: 'last known, from an earlier moment',
  onlyReported: 'Show only what was reported at this moment',
  changesTitle: 'What changed since {phase}',
  changesNone: 'No new positions, measures or demands since {phase}.',
  moved: '{party} {direction}: from {from} to {to} on {measure}',
  hardened: 'hardened',
  softened: 'softened',
  firstKnown: 'First known position of {party} on {measure}: {to}',
  showAll: 'Show all {count}',
  showFewer: 'Show fewer',
  tabled: 'New on the table: {measure}',
  announce: '{phase}. What changed: {changes}',
  announceNone: '{phase}. No changes since the previous moment.',
  announceFirst: '{phase}. The first moment.',
}

/** Carried stances and the changes list, per language; a missing key is a type error. */
export const CHANGE_STRINGS: Record<Language, ChangeStrings> = { nl, en }

/** The relation kinds the changes list names (explicit demands and offers), as sentences. */
export const RELATION_CHANGES: Record<Language, Partial<Record<RelationKind, string>>> = {
  nl: {
    ultimatum: '{from} stelde {to} een ultimatum',
    'red-line': '{from} trok een rode lijn richting {to}',
    proposal: '{from} deed {to} een voorstel',
    'vote-threat': '{from} dreigde {to} met een stemming',
  },
  en: {
    ultimatum: '{from} gave {to} an ultimatum',
    'red-line': '{from} drew a red line towards {to}',
    proposal: '{from} made {to} a proposal',
    'vote-threat': '{from} threatened {to} with a vote',
  },
}
