import type { Language } from '../data/languages.ts'
import type { Confidence, RelationKind, Side, StanceValue } from '../data/vocabularies.ts'

/** Every user-facing UI string, one dictionary per language. Dataset text never lives here. */
const nl = {
  loading: 'Gegevens laden…',
  errorTitle: 'Deze graphic kan zijn gegevens niet lezen',
  errorIntro: 'Wat er mis is, met de plaats in het bestand:',
  errorUnreachable: 'kon niet worden geladen',
  asOf: 'Stand van zaken: {date}',
  language: 'Taal',
  phase: 'Moment',
  previousPhase: 'Vorig moment',
  nextPhase: 'Volgend moment',
  matrixTitle: 'Wie stond waar: partijen en maatregelen',
  matrixSummary:
    '{parties} partijen en {measures} maatregelen op {phase}. {known} van de {cells} standpunten zijn bekend; {changed} veranderden sinds het vorige moment.',
  matrixCaption: 'Stand: {phase} ({date}). De getoonde standpunten berusten op {sources} bronnen.',
  matrixHelp:
    'Gebruik de pijltjestoetsen om door de tabel te gaan, Enter om details te openen en Escape om ze te sluiten.',
  sortLabel: 'Volgorde van de partijen',
  sortBySide: 'Coalitie eerst, naar zetels',
  sortByAgreement: 'Meest eens met {party}',
  topicsLabel: 'Onderwerpen',
  allTopics: 'Alle onderwerpen',
  notOnTable: 'nog niet op tafel',
  changedSince: 'veranderd sinds {phase}',
  cellName: '{party} over {measure}: {position}',
  cellConfidence: '{confidence}',
  selectParty: 'Selecteer {party}',
  selectMeasure: 'Selecteer maatregel {measure}',
  seats: '{seats} zetels',
  detailTitle: 'Details',
  detailEmpty: 'Wijs een cel aan of kies er een voor de bron en toelichting.',
  close: 'Sluiten',
  quotes: 'Citaten',
  sources: 'Bronnen',
  noRecord: 'Geen berichtgeving gevonden over dit standpunt.',
  opensInNewTab: '(opent in nieuw tabblad)',
  legendTitle: 'Legenda',
  legendConfidence: 'Hoe we het weten',
  legendChanged: 'veranderd sinds het vorige moment',
  noMeasures: 'Geen maatregelen bij deze onderwerpen.',
  hiddenParties: '{count} oppositiepartijen zonder bekend standpunt zijn verborgen.',
  showSilentParties: 'Toon ook partijen zonder bekend standpunt',
  graphTitle: 'Wie botste met wie',
  graphSummary:
    '{parties} partijen. {pairs} paren delen minstens één bekend standpunt; {disagree} daarvan zijn het grotendeels oneens. {relations} expliciete relaties (ultimatums, rode lijnen, voorstellen).',
  graphHelp:
    'Gebruik de pijltjestoetsen om partijen en verbindingen te doorlopen en Enter voor details.',
  graphScopeAll: 'Over alle maatregelen.',
  graphScopeMeasure: 'Alleen over: {measure}.',
  showOpposition: 'Toon oppositiepartijen',
  pairName:
    '{a} en {b}: {level}, afstand {value} op een schaal van 0 tot 1, over {basis} maatregelen',
  nodeName: '{party}, {side}, {seats} zetels in de {chamber}',
  relationName: '{from} richting {to}: {list}',
  differsMost: 'Waar ze het meest verschillen',
  sharpest: 'Scherpste conflicten',
  leader: 'Leider',
  chair: 'Fractievoorzitter',
  noSharedStance: 'geen gedeeld bekend standpunt',
  distance: 'afstand {value}',
  legendAgree: 'eens (dikker: meer eens)',
  legendDisagree: 'oneens (dikker: meer oneens)',
  legendRelation: 'expliciete relatie, van → naar',
  tableTitle: 'Alle paren in een tabel',
  colPair: 'Paar',
  colDistance: 'Afstand (0–1)',
  colBasis: 'Maatregelen',
  colRelations: 'Relaties',
  majorityTitle: 'Is er een meerderheid?',
  majorityMeasure: 'Maatregel',
  majoritySentence: '{parties}: {seats} van de {total} zetels; een meerderheid vraagt {threshold}.',
  majorityNone:
    'Geen partij steunt dit voor zover bekend: 0 van de {total} zetels; een meerderheid vraagt {threshold}.',
  coalitionCarries: 'De steunende coalitiepartijen hebben samen een meerderheid.',
  coalitionShort: 'De steunende coalitiepartijen hebben samen geen meerderheid.',
  pivotal: 'Doorslaggevend: {parties}.',
  alternatives: 'Kleinste aanvulling met oppositiepartijen waarvan steun bekend is: {options}.',
  noAlternatives: 'Geen oppositiepartij met bekende steun kan het tekort aanvullen.',
  unknownNeverSupport: 'Partijen met een onbekend standpunt tellen nooit als steun.',
  notOnTableYet: 'Deze maatregel lag op dit moment nog niet op tafel.',
  graphDetailEmpty: 'Wijs een partij of verbinding aan voor details.',
  timelineTitle: 'Tijdlijn',
  timelineSummary:
    '{events} gebeurtenissen van {first} tot {last}. Links de aanloop, samengedrukt; rechts de crisisdagen en de nasleep, uitvergroot.',
  timelineHelp: 'Kies een gebeurtenis om alle grafieken op dat moment te zetten.',
  timelineList: 'Alle gebeurtenissen op volgorde',
  aftermath: 'Nasleep',
  eventPeople: 'Betrokkenen',
  eventParties: 'Partijen',
  peopleTitle: 'Wie is wie',
  sourcesTitle: 'Bronnen',
  sourcesIntro: '{count} bronnen, per medium.',
  creditsTitle: 'Verantwoording',
  methodologyTitle: 'Methode',
  licence: 'Licentie: {licence}',
  keyCoalitionSeats: 'Coalitiezetels in de {chamber}',
  keyThreshold: 'meerderheid: {threshold}',
  keyMeasuresInDispute: 'Maatregelen in geschil',
  keyMeasuresOf: 'van {total}',
  keyOutcome: 'Afloop',
  noTitle: 'kop niet gecontroleerd',

  and: 'en',
  or: 'of',
}

export type UiStrings = typeof nl

const en: UiStrings = {
  loading: 'Loading data…',
  errorTitle: 'This graphic cannot read its data',
  errorIntro: 'What is wrong, with its place in the file:',
  errorUnreachable: 'could not be loaded',
  asOf: 'As of {date}',
  language: 'Language',
  phase: 'Moment',
  previousPhase: 'Previous moment',
  nextPhase: 'Next moment',
  matrixTitle: 'Who stood where: parties and measures',
  matrixSummary:
    '{parties} parties and {measures} measures at {phase}. {known} of {cells} stances are known; {changed} changed since the previous moment.',
  matrixCaption: 'As of {phase} ({date}). The stances shown rest on {sources} sources.',
  matrixHelp:
    'Use the arrow keys to move through the table, Enter to open details and Escape to close them.',
  sortLabel: 'Order of the parties',
  sortBySide: 'Coalition first, by seats',
  sortByAgreement: 'Closest to {party}',
  topicsLabel: 'Topics',
  allTopics: 'All topics',
  notOnTable: 'not yet on the table',
  changedSince: 'changed since {phase}',
  cellName: '{party} on {measure}: {position}',
  cellConfidence: '{confidence}',
  selectParty: 'Select {party}',
  selectMeasure: 'Select measure {measure}',
  seats: '{seats} seats',
  detailTitle: 'Details',
  detailEmpty: 'Point at or choose a cell for its sources and explanation.',
  close: 'Close',
  quotes: 'Quotes',
  sources: 'Sources',
  noRecord: 'No reporting found on this stance.',
  opensInNewTab: '(opens in a new tab)',
  legendTitle: 'Legend',
  legendConfidence: 'How we know',
  legendChanged: 'changed since the previous moment',
  noMeasures: 'No measures in these topics.',
  hiddenParties: '{count} opposition parties with no known stance are hidden.',
  showSilentParties: 'Also show parties with no known stance',
  graphTitle: 'Who clashed with whom',
  graphSummary:
    '{parties} parties. {pairs} pairs share at least one known stance; {disagree} of them mostly disagree. {relations} explicit relations (ultimatums, red lines, proposals).',
  graphHelp: 'Use the arrow keys to move through parties and links, and Enter for details.',
  graphScopeAll: 'Across all measures.',
  graphScopeMeasure: 'Only on: {measure}.',
  showOpposition: 'Show opposition parties',
  pairName: '{a} and {b}: {level}, distance {value} on a scale of 0 to 1, over {basis} measures',
  nodeName: '{party}, {side}, {seats} seats in the {chamber}',
  relationName: '{from} towards {to}: {list}',
  differsMost: 'Where they differ most',
  sharpest: 'Sharpest conflicts',
  leader: 'Leader',
  chair: 'Parliamentary leader',
  noSharedStance: 'no shared known stance',
  distance: 'distance {value}',
  legendAgree: 'agree (thicker: more agreement)',
  legendDisagree: 'disagree (thicker: more disagreement)',
  legendRelation: 'explicit relation, from → to',
  tableTitle: 'All pairs as a table',
  colPair: 'Pair',
  colDistance: 'Distance (0–1)',
  colBasis: 'Measures',
  colRelations: 'Relations',
  majorityTitle: 'Is there a majority?',
  majorityMeasure: 'Measure',
  majoritySentence: '{parties}: {seats} of {total} seats; a majority needs {threshold}.',
  majorityNone:
    'As far as is known, no party supports this: 0 of {total} seats; a majority needs {threshold}.',
  coalitionCarries: 'The supporting coalition parties have a majority between them.',
  coalitionShort: 'The supporting coalition parties do not have a majority between them.',
  pivotal: 'Pivotal: {parties}.',
  alternatives: 'Smallest addition of opposition parties with known support: {options}.',
  noAlternatives: 'No opposition party with known support can make up the shortfall.',
  unknownNeverSupport: 'Parties whose stance is unknown never count as support.',
  notOnTableYet: 'This measure was not yet on the table at this moment.',
  graphDetailEmpty: 'Point at a party or a link for details.',
  timelineTitle: 'Timeline',
  timelineSummary:
    '{events} events from {first} to {last}. On the left the run-up, compressed; on the right the crisis days and the aftermath, enlarged.',
  timelineHelp: 'Choose an event to set every chart to that moment.',
  timelineList: 'All events in order',
  aftermath: 'Aftermath',
  eventPeople: 'People',
  eventParties: 'Parties',
  peopleTitle: 'Who is who',
  sourcesTitle: 'Sources',
  sourcesIntro: '{count} sources, by outlet.',
  creditsTitle: 'Credits',
  methodologyTitle: 'Method',
  licence: 'Licence: {licence}',
  keyCoalitionSeats: 'Coalition seats in the {chamber}',
  keyThreshold: 'majority: {threshold}',
  keyMeasuresInDispute: 'Measures in dispute',
  keyMeasuresOf: 'of {total}',
  keyOutcome: 'Outcome',
  noTitle: 'headline not verified',

  and: 'and',
  or: 'or',
}

/** Labels of the closed vocabularies, per language; a new position stops the compiler until named here. */
export const POSITION_LABELS: Record<Language, Record<StanceValue, string>> = {
  nl: {
    supports: 'steunt',
    conditional: 'steunt onder voorwaarden',
    undecided: 'twijfelt',
    opposes: 'tegen',
    'red-line': 'rode lijn',
    unknown: 'onbekend',
  },
  en: {
    supports: 'supports',
    conditional: 'supports with conditions',
    undecided: 'undecided',
    opposes: 'opposes',
    'red-line': 'red line',
    unknown: 'unknown',
  },
}

export const CONFIDENCE_LABELS: Record<Language, Record<Confidence, string>> = {
  nl: {
    'on-record': 'publiek uitgesproken',
    'unnamed-sources': 'volgens ingewijden',
    inferred: 'afgeleid uit eerdere standpunten',
  },
  en: {
    'on-record': 'on the record',
    'unnamed-sources': 'reported by unnamed sources',
    inferred: 'inferred from earlier positions',
  },
}

export const SIDE_LABELS: Record<Language, Record<Side, string>> = {
  nl: { coalition: 'Coalitie', opposition: 'Oppositie' },
  en: { coalition: 'Coalition', opposition: 'Opposition' },
}

export const RELATION_LABELS: Record<Language, Record<RelationKind, string>> = {
  nl: {
    ultimatum: 'ultimatum',
    'red-line': 'rode lijn',
    proposal: 'voorstel',
    'vote-threat': 'dreiging met stemming',
    alliance: 'bondgenootschap',
    accusation: 'verwijt',
  },
  en: {
    ultimatum: 'ultimatum',
    'red-line': 'red line',
    proposal: 'proposal',
    'vote-threat': 'threat to force a vote',
    alliance: 'alliance',
    accusation: 'accusation',
  },
}

/** Words for how far apart two parties stood, by mean distance on the 0–1 scale. */
export const AGREEMENT_LEVELS: Record<Language, [string, string, string, string]> = {
  nl: ['sterk eens', 'grotendeels eens', 'grotendeels oneens', 'sterk oneens'],
  en: ['strongly agree', 'mostly agree', 'mostly disagree', 'strongly disagree'],
}

/** The UI dictionaries; a missing key in either language is a type error. */
export const STRINGS: Record<Language, UiStrings> = { nl, en }

/** Fills `{name}` placeholders in a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}
