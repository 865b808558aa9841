import type { DatasetLocation } from '../data/datasetLocation.ts'
import type { Language } from '../data/languages.ts'
import type { Confidence, Side, StanceValue } from '../data/vocabularies.ts'
import { plural as pluralForm } from './plural.ts'

/**
 * The UI strings of the first view (and the page around it), one dictionary per language.
 * Dataset text never lives here; the sections under the matrix have theirs in sectionStrings.ts.
 */
const nl = {
  loading: 'Gegevens laden…',
  partUnavailable: 'Dit deel van de pagina kon niet worden geladen. Laad de pagina opnieuw.',
  errorTitle: 'Deze graphic kan zijn gegevens niet lezen',
  errorIntro: 'Wat er mis is, met de plaats in het bestand:',
  errorUnreachable: 'kon niet worden geladen',
  errorNotFound: 'niet gevonden: op dit adres staat geen bestand',
  errorWebPage:
    'de server stuurde een webpagina, geen JSON-bestand: staat het bestand op dit adres?',
  openDefault: 'Open de standaarddataset',
  datasetPicker: 'Dataset',
  openDataset: 'Openen',
  skipToGraphic: 'Naar de matrix',
  asOf: 'Stand van zaken: {date}',
  language: 'Taal',
  phase: 'Moment',
  previousPhase: 'Vorig moment',
  nextPhase: 'Volgend moment',
  matrixTitle: 'Wie stond waar: partijen en maatregelen',
  matrixSummary:
    '{parties} {parties|partij|partijen} en {measures} {measures|maatregel|maatregelen} op {phase}. {known} van de {cells} standpunten zijn bekend; {changed} {changed|veranderde|veranderden} sinds het vorige moment.',
  matrixCaption:
    'Stand: {phase} ({date}). De getoonde standpunten berusten op {sources} {sources|bron|bronnen}.',
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
  seats: '{seats} {seats|zetel|zetels}',
  detailTitle: 'Details bij de matrix',
  detailEmpty: 'Wijs een cel aan of kies er een voor de bron en toelichting.',
  close: 'Sluiten',
  quotes: 'Citaten',
  sources: 'Bronnen',
  noRecord: 'Geen berichtgeving gevonden over dit standpunt.',
  opensInNewTab: '(opent in nieuw tabblad)',
  untitledSource: 'artikel, kop niet gecontroleerd',
  legendTitle: 'Legenda',
  legendConfidence: 'Hoe we het weten',
  legendChanged: 'veranderd sinds het vorige moment',
  noMeasures: 'Geen maatregelen bij deze onderwerpen.',
  hiddenParties:
    '{count} {count|oppositiepartij|oppositiepartijen} zonder bekend standpunt {count|is|zijn} verborgen.',
  showSilentParties: 'Toon ook partijen zonder bekend standpunt',
  viewLabel: 'Weergave',
  viewChart: 'Grafiek',
  viewTable: 'Tabel',
  tableCaption: 'Standpunten op {phase}, per partij en maatregel',
  tablePages: 'Bladeren door de partijen in de tabel',
  tableRows: 'Partijen {first}–{last} van {total}',
  tablePrevious: 'Vorige {count} {count|partij|partijen}',
  tableNext: 'Volgende {count} {count|partij|partijen}',
  keyCoalitionSeats: 'Coalitiezetels in de {chamber}',
  keyThreshold: 'meerderheid: {threshold}',
  keyMeasuresInDispute: 'Maatregelen in geschil',
  keyMeasuresOf: 'van {total}',
  keyOutcome: 'Afloop',
}

export type UiStrings = typeof nl

const en: UiStrings = {
  loading: 'Loading data…',
  partUnavailable: 'This part of the page could not be loaded. Reload the page.',
  errorTitle: 'This graphic cannot read its data',
  errorIntro: 'What is wrong, with its place in the file:',
  errorUnreachable: 'could not be loaded',
  errorNotFound: 'not found: there is no file at this address',
  errorWebPage: 'the server sent a web page, not a JSON file: is the file at this address?',
  openDefault: 'Open the default dataset',
  datasetPicker: 'Dataset',
  openDataset: 'Open',
  skipToGraphic: 'Skip to the matrix',
  asOf: 'As of {date}',
  language: 'Language',
  phase: 'Moment',
  previousPhase: 'Previous moment',
  nextPhase: 'Next moment',
  matrixTitle: 'Who stood where: parties and measures',
  matrixSummary:
    '{parties} {parties|party|parties} and {measures} {measures|measure|measures} at {phase}. {known} of {cells} stances are known; {changed} changed since the previous moment.',
  matrixCaption:
    'As of {phase} ({date}). The stances shown rest on {sources} {sources|source|sources}.',
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
  seats: '{seats} {seats|seat|seats}',
  detailTitle: 'Details of the matrix',
  detailEmpty: 'Point at or choose a cell for its sources and explanation.',
  close: 'Close',
  quotes: 'Quotes',
  sources: 'Sources',
  noRecord: 'No reporting found on this stance.',
  opensInNewTab: '(opens in a new tab)',
  untitledSource: 'article, headline not verified',
  legendTitle: 'Legend',
  legendConfidence: 'How we know',
  legendChanged: 'changed since the previous moment',
  noMeasures: 'No measures in these topics.',
  hiddenParties:
    '{count} {count|opposition party|opposition parties} with no known stance {count|is|are} hidden.',
  showSilentParties: 'Also show parties with no known stance',
  viewLabel: 'View',
  viewChart: 'Chart',
  viewTable: 'Table',
  tableCaption: 'Stances at {phase}, by party and measure',
  tablePages: 'Page through the parties in the table',
  tableRows: 'Parties {first}–{last} of {total}',
  tablePrevious: 'Previous {count} {count|party|parties}',
  tableNext: 'Next {count} {count|party|parties}',
  keyCoalitionSeats: 'Coalition seats in the {chamber}',
  keyThreshold: 'majority: {threshold}',
  keyMeasuresInDispute: 'Measures in dispute',
  keyMeasuresOf: 'of {total}',
  keyOutcome: 'Outcome',
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

/** Why a `?data=` value is not opened, per language. */
export const DATA_REFUSED: Record<
  Language,
  Record<Exclude<DatasetLocation, { ok: true }>['reason'], string>
> = {
  nl: {
    scheme:
      'wordt niet geopend: alleen datasets van deze site zijn toegestaan, geen adressen elders of met een schema als javascript: of data:',
    absolute: 'wordt niet geopend: alleen datasets van deze site zijn toegestaan',
    'other-origin': 'wordt niet geopend: alleen datasets van deze site zijn toegestaan',
    'not-json': 'wordt niet geopend: dit is geen JSON-bestand (het adres moet op .json eindigen)',
  },
  en: {
    scheme:
      'is not opened: only datasets from this site are allowed, not addresses elsewhere or with a scheme such as javascript: or data:',
    absolute: 'is not opened: only datasets from this site are allowed',
    'other-origin': 'is not opened: only datasets from this site are allowed',
    'not-json': 'is not opened: this is not a JSON file (the address must end in .json)',
  },
}

/** The UI dictionaries; a missing key in either language is a type error. */
export const STRINGS: Record<Language, UiStrings> = { nl, en }

/**
 * Fills `{name}` placeholders in a UI string, and plural placeholders `{name|one|other}` with the
 * form the count `name` takes in `language` (Intl.PluralRules): `{count} {count|bron|bronnen}`.
 */
export function fill(
  template: string,
  values: Record<string, string | number>,
  language?: Language,
): string {
  return template.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g,
    (match, name: string, one?: string, other?: string) => {
      if (!(name in values)) return match
      if (one === undefined || other === undefined) return String(values[name])
      return pluralForm(language ?? 'en', Number(values[name]), { one, other })
    },
  )
}
