import type { Language } from '../data/languages.ts'
import type { RelationKind } from '../data/vocabularies.ts'

/**
 * The words for carried stances and for what changed at a moment, one dictionary per language.
 * Kept apart from strings.ts so the carried rule and the changes list change in one place.
 */
const nl = {
  carried: 'laatst gemeld: {phase}',
  cardCarried: 'Laatst gemeld: {phase}',
  cardCarriedNote:
    'Voor dit moment vonden we geen nieuw bericht; dit is het laatst bekende standpunt.',
  legendCarried: 'laatst bekend, van een eerder moment',
  onlyReported: 'Toon alleen wat op dit moment is gemeld',
  changesTitle: 'Wat veranderde sinds {phase}',
  changesNone: 'Geen nieuwe standpunten, maatregelen of eisen sinds {phase}.',
  moved: '{party}: van {from} naar {to} over {measure}',
  hardened: 'verscherpt',
  softened: 'afgezwakt',
  firstKnown: '{party}: voor het eerst een standpunt over {measure}: {to}',
  tabled: 'Nieuw op tafel: {measure}',
  announce: '{phase}. Wat veranderde: {changes}',
  announceNone: '{phase}. Geen veranderingen sinds het vorige moment.',
  announceFirst: '{phase}. Het eerste moment.',
  method:
    'Een standpunt staat in de gegevens alleen bij het moment waarop berichtgeving het meldt. Zwijgt de berichtgeving op een later moment, dan toont de graphic het laatst gemelde standpunt van die partij, lichter getekend en met een hoekje, en zegt de detailkaart wanneer het voor het laatst gemeld werd, met de bronnen van toen. Dat geldt voor de matrix, de tabel, de meerderheden, het conflictnetwerk, de kerncijfers en de downloads. Een maatregel die nog niet op tafel lag krijgt geen standpunt; ‘onbekend’ staat er alleen waar tot dan toe niets gemeld was. Met ‘Toon alleen wat op dit moment is gemeld’ ziet u per moment alleen de berichtgeving van dat moment.',
}

export type ChangeStrings = typeof nl

const en: ChangeStrings = {
  carried: 'last reported: {phase}',
  cardCarried: 'Last reported: {phase}',
  cardCarriedNote: 'We found no new report for this moment; this is the last known position.',
  legendCarried: 'last known, from an earlier moment',
  onlyReported: 'Show only what was reported at this moment',
  changesTitle: 'What changed since {phase}',
  changesNone: 'No new positions, measures or demands since {phase}.',
  moved: '{party}: from {from} to {to} on {measure}',
  hardened: 'hardened',
  softened: 'softened',
  firstKnown: '{party}: first known position on {measure}: {to}',
  tabled: 'New on the table: {measure}',
  announce: '{phase}. What changed: {changes}',
  announceNone: '{phase}. No changes since the previous moment.',
  announceFirst: '{phase}. The first moment.',
  method:
    'The data records a stance only at the moment reporting states it. Where reporting falls silent at a later moment, the graphic shows the party’s last reported stance, drawn lighter and with a corner mark, and the detail card says when it was last reported, with the sources of that time. The matrix, the table, the majorities, the conflict graph, the key figures and the downloads all follow this rule. A measure not yet on the table gets no stance; ‘unknown’ appears only where nothing had been reported up to that moment. ‘Show only what was reported at this moment’ shows each moment’s own reporting only.',
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
