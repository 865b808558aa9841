import { type Json, testlandJson } from './fixtureChange.ts'

/** The languages testland is translated into here: one with a catalogue, one without, one right to left. */
export type CopyLanguage = 'fr' | 'pt-BR' | 'he'

// Every English text of testland, in each copy's language. Made-up test content, like the
// English it translates: no party, person or event here is real.
const TEXTS: Record<string, Record<CopyLanguage, string>> = {
  'Testland: a made-up dispute': {
    fr: 'Testland : un différend inventé',
    'pt-BR': 'Testelândia: uma disputa inventada',
    he: 'ארץ המבחן: מחלוקת בדויה',
  },
  'A test file with three parties and four measures.': {
    fr: 'Un fichier de test avec trois partis et quatre mesures.',
    'pt-BR': 'Um arquivo de teste com três partidos e quatro medidas.',
    he: 'נתוני בדיקה בדויים: שלוש מפלגות וארבעה צעדים. דבר מזה לא קרה.',
  },
  'Test desk': { fr: 'Rédaction test', 'pt-BR': 'Redação de teste', he: 'דסק הבדיקות' },
  'The cabinet fell.': {
    fr: 'Le gouvernement est tombé.',
    'pt-BR': 'O gabinete caiu.',
    he: 'הממשלה הבדויה נפלה.',
  },
  'An earlier version named blue as the proposer of the brake; the source does not say so.': {
    fr: 'Une version antérieure désignait le bleu comme auteur du frein ; la source ne le dit pas.',
    'pt-BR': 'Uma versão anterior apontava o azul como autor do freio; a fonte não diz isso.',
    he: 'גרסה קודמת ציינה את הכחולים כמי שהציעו את הבלם; המקור אינו אומר זאת.',
  },
  'The date of the report on the fall has been corrected.': {
    fr: 'La date de l’article sur la chute a été corrigée.',
    'pt-BR': 'A data da reportagem sobre a queda foi corrigida.',
    he: 'תאריך הדיווח על הנפילה תוקן.',
  },
  'Lower house': { fr: 'Chambre basse', 'pt-BR': 'Câmara baixa', he: 'הבית התחתון' },
  'Upper house': { fr: 'Chambre haute', 'pt-BR': 'Câmara alta', he: 'הבית העליון' },
  'Red Party': { fr: 'Parti rouge', 'pt-BR': 'Partido Vermelho', he: 'המפלגה האדומה' },
  'Blue Party': { fr: 'Parti bleu', 'pt-BR': 'Partido Azul', he: 'המפלגה הכחולה' },
  'Green Party': { fr: 'Parti vert', 'pt-BR': 'Partido Verde', he: 'המפלגה הירוקה' },
  'prime minister': { fr: 'Premier ministre', 'pt-BR': 'chefe de governo', he: 'ראש הממשלה' },
  'parliamentary leader': {
    fr: 'président de groupe',
    'pt-BR': 'líder da bancada',
    he: 'יושב ראש הסיעה',
  },
  'Family reunification': {
    fr: 'Regroupement familial',
    'pt-BR': 'Reunião familiar',
    he: 'איחוד משפחות',
  },
  Procedure: { fr: 'Procédure', 'pt-BR': 'Procedimento', he: 'נוהל' },
  Cap: { fr: 'Plafond', 'pt-BR': 'Teto', he: 'תקרה' },
  'A monthly maximum.': {
    fr: 'Un maximum par mois.',
    'pt-BR': 'Um máximo por mês.',
    he: 'מכסה חודשית.',
  },
  'Waiting time': { fr: 'Délai d’attente', 'pt-BR': 'Tempo de espera', he: 'זמן המתנה' },
  'Wait first.': { fr: 'D’abord attendre.', 'pt-BR': 'Esperar primeiro.', he: 'קודם ממתינים.' },
  'Emergency brake': { fr: 'Frein d’urgence', 'pt-BR': 'Freio de emergência', he: 'בלם חירום' },
  Brake: { fr: 'Frein', 'pt-BR': 'Freio', he: 'בלם' },
  'Stop when busy.': {
    fr: 'Arrêter en cas d’affluence.',
    'pt-BR': 'Parar quando lotado.',
    he: 'עוצרים בעת עומס.',
  },
  Vote: { fr: 'Vote', 'pt-BR': 'Votação', he: 'הצבעה' },
  'Force a vote.': { fr: 'Imposer un vote.', 'pt-BR': 'Forçar uma votação.', he: 'לכפות הצבעה.' },
  Before: { fr: 'Avant', 'pt-BR': 'Antes', he: 'לפני' },
  Middle: { fr: 'Milieu', 'pt-BR': 'Meio', he: 'באמצע' },
  End: { fr: 'Fin', 'pt-BR': 'Fim', he: 'בסוף' },
  Talks: { fr: 'Négociations', 'pt-BR': 'Conversas', he: 'שיחות' },
  'Talks begin.': {
    fr: 'Les négociations commencent.',
    'pt-BR': 'As conversas começam.',
    he: 'השיחות מתחילות.',
  },
  Fall: { fr: 'Chute', 'pt-BR': 'Queda', he: 'נפילה' },
  'The cabinet falls.': {
    fr: 'Le gouvernement tombe.',
    'pt-BR': 'O gabinete cai.',
    he: 'הממשלה נופלת.',
  },
  'Red sets an ultimatum.': {
    fr: 'Le rouge pose un ultimatum.',
    'pt-BR': 'O vermelho dá um ultimato.',
    he: 'האדומים מציבים אולטימטום.',
  },
  'We want a cap.': {
    fr: 'Nous voulons un plafond.',
    'pt-BR': 'Queremos um teto.',
    he: 'אנחנו רוצים תקרה.',
  },
  'Take it or leave it.': {
    fr: 'C’est à prendre ou à laisser.',
    'pt-BR': 'É pegar ou largar.',
    he: 'קחו את זה או עזבו.',
  },
  'Fictional radio report of the fall': {
    fr: 'Reportage radio fictif sur la chute',
    'pt-BR': 'Reportagem de rádio fictícia sobre a queda',
    he: 'דיווח רדיו בדוי על הנפילה',
  },
}

// Names and short names are no texts (one spelling for every language): the Hebrew copy spells
// them in Hebrew, so the page holds no Latin letters but the interface's.
const NAMES: Record<string, string> = {
  RED: 'אדום',
  BLU: 'כחול',
  GRN: 'ירוק',
  'Ann Example': 'אנה דוגמה',
  'Bob Example': 'בוב דוגמה',
  'Example Gazette': 'עיתון לדוגמה',
  'Example Radio': 'רדיו לדוגמה',
  'Fictional report 1': 'דיווח בדוי 1',
  'Fictional report 2': 'דיווח בדוי 2',
  'Fictional report 3': 'דיווח בדוי 3',
}

// The stance summaries ("red cap before") say party, measure and phase: translated word by word.
const WORDS: Record<string, Record<CopyLanguage, string>> = {
  red: { fr: 'rouge', 'pt-BR': 'vermelho', he: 'אדום' },
  blue: { fr: 'bleu', 'pt-BR': 'azul', he: 'כחול' },
  green: { fr: 'vert', 'pt-BR': 'verde', he: 'ירוק' },
  cap: { fr: 'plafond', 'pt-BR': 'teto', he: 'תקרה' },
  wait: { fr: 'attente', 'pt-BR': 'espera', he: 'המתנה' },
  brake: { fr: 'frein', 'pt-BR': 'freio', he: 'בלם' },
  vote: { fr: 'vote', 'pt-BR': 'votação', he: 'הצבעה' },
  before: { fr: 'avant', 'pt-BR': 'antes', he: 'לפני' },
  mid: { fr: 'milieu', 'pt-BR': 'meio', he: 'באמצע' },
  end: { fr: 'fin', 'pt-BR': 'fim', he: 'בסוף' },
}

/** An English text of testland in `language`; throws on one this table lacks, so a new text is noticed. */
export function translate(english: string, language: CopyLanguage): string {
  const whole = TEXTS[english]?.[language]
  if (whole) return whole
  const words = english.split(' ').map((word) => WORDS[word]?.[language])
  if (words.every(Boolean)) return words.join(' ')
  throw new Error(`translatedTestland has no ${language} for "${english}"`)
}

const isText = (value: Json): value is { nl: string; en: string } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'nl' in value
const isQuote = (value: { [key: string]: Json }): value is { text: string; language: string } =>
  typeof value.text === 'string' && 'speaker' in value

/**
 * Testland in `language` instead of Dutch: every text translated, sources and quotes in that
 * language too, and it the default. With `withEnglish: false` the copy has that language only.
 */
export function translatedTestland(
  language: CopyLanguage,
  { withEnglish = true } = {},
): { [key: string]: Json } {
  const languages = withEnglish ? [language, 'en'] : [language]
  const swap = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(swap)
    if (typeof value === 'string') return (language === 'he' && NAMES[value]) || value
    if (typeof value !== 'object' || value === null) return value
    if (isText(value))
      return withEnglish
        ? { [language]: translate(value.en, language), en: value.en }
        : { [language]: translate(value.en, language) }
    // A quote is said in the copy's language; the English original becomes its translation.
    if (isQuote(value))
      return {
        ...value,
        text: translate(value.text, language),
        language,
        ...(withEnglish ? { translation: { en: value.text } } : {}),
      }
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        // A source's or quote's language: the copy's own (the fictional reports were in it).
        key === 'language' && typeof inner === 'string' ? language : swap(inner),
      ]),
    )
  }
  const copy = swap(testlandJson()) as { [key: string]: Json } & { meta: { [key: string]: Json } }
  copy.meta.languages = languages
  copy.meta.defaultLanguage = language
  return copy
}
