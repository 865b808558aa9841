import type { Language } from '../data/languages.ts'

/** The region a bare language tag is written for, where it matters (British, not US, English). */
const LOCALES: Readonly<Record<string, string>> = { nl: 'nl-NL', en: 'en-GB' }
/** The locale Intl writes a language in: `nl-NL`, `en-GB`, else the tag itself (`de`, `fr`). */
export const localeOf = (language: Language): string => LOCALES[language] ?? language

/*
 * Dates are written from these tables, not with Intl.DateTimeFormat: building the first Intl
 * date formatter in a page loads locale data (tens of ms, in the middle of hydration), and the
 * build's Node and the reader's browser may carry different locale data versions, which would
 * make the prerendered text differ from the hydrated one. A unit test keeps the output equal to
 * Intl's nl-NL and en-GB. Every other language is written by Intl.
 */
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}
const WEEKDAYS: Readonly<Record<string, readonly string[]>> = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
}
/** What comes between the weekday and the day: "vrijdag 7 juli", "Friday, 7 July". */
const AFTER_WEEKDAY: Readonly<Record<string, string>> = { nl: ' ', en: ', ' }

/** Formats `YYYY-MM-DD` (or `YYYY-MM`, month only) for a language; dates are calendar days, so UTC. */
export function formatDate(value: string, language: Language, weekday = false): string {
  const [year = 0, month = 1, day] = value.split('-').map(Number)
  const months = MONTHS[language]
  const weekdays = WEEKDAYS[language]
  if (!months || !weekdays) return intlDate(year, month, day, language, weekday)
  const monthName = months[month - 1] ?? ''
  if (day === undefined) return `${monthName} ${year}`
  const date = `${day} ${monthName} ${year}`
  if (!weekday) return date
  const weekdayName = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]
  return `${weekdayName}${AFTER_WEEKDAY[language] ?? ' '}${date}`
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>()

/** A date in a language without a table, as Intl writes it; calendar days, so UTC. */
function intlDate(
  year: number,
  month: number,
  day: number | undefined,
  language: Language,
  weekday: boolean,
): string {
  const key = `${language}|${day === undefined ? 'month' : weekday ? 'weekday' : 'day'}`
  let formatter = dateFormatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeOf(language), {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(day === undefined ? {} : { day: 'numeric' }),
      ...(weekday && day !== undefined ? { weekday: 'long' } : {}),
    })
    dateFormatters.set(key, formatter)
  }
  return formatter.format(new Date(Date.UTC(year, month - 1, day ?? 1)))
}

/** The decimal separator per language (numbers below 1 000 need no grouping). */
const DECIMAL: Readonly<Record<string, string>> = { nl: ',', en: '.' }

/** Formats a number for a language, with exactly `digits` decimals when given. */
export function formatNumber(value: number, language: Language, digits?: number): string {
  // Small numbers (seats, counts, 0–1 distances) need no grouping: written without Intl, whose
  // first NumberFormat in a page loads locale data (~30 ms, in the middle of hydration).
  if (digits === undefined && Number.isInteger(value) && Math.abs(value) < 1000)
    return String(value)
  const decimal = DECIMAL[language]
  if (digits !== undefined && decimal && Number.isFinite(value) && Math.abs(value) < 999)
    return fixed(value, digits, decimal)
  const key = `${language}|${digits ?? ''}`
  let found = numberFormatters.get(key)
  if (!found) {
    found = new Intl.NumberFormat(
      localeOf(language),
      digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits },
    )
    numberFormatters.set(key, found)
  }
  return found.format(value)
}

const numberFormatters = new Map<string, Intl.NumberFormat>()

/**
 * `value` with `digits` decimals, rounded half away from zero on its shortest decimal form (as
 * Intl does: 0.075 gives 0.08, where toFixed gives 0.07 from the binary value 0.07499…).
 */
function fixed(value: number, digits: number, separator: string): string {
  const scaled = Math.round(Number(`${Math.abs(value)}e${digits}`))
  const text = String(scaled).padStart(digits + 1, '0')
  const whole = text.slice(0, text.length - digits)
  const fraction = digits > 0 ? `${separator}${text.slice(text.length - digits)}` : ''
  return `${value < 0 && scaled !== 0 ? '-' : ''}${whole}${fraction}`
}

/**
 * The catalogue languages' names in themselves, as Intl.DisplayNames writes them (a unit test
 * keeps them equal): the switch in the masthead names them while the page hydrates, where a
 * first DisplayNames per language would load locale data.
 */
const ENDONYMS: Readonly<Record<string, string>> = {
  nl: 'Nederlands',
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
}

/** A language's name in that language ("Deutsch", "Français", "עברית"), as a label starts. */
export function languageName(language: Language): string {
  const known = ENDONYMS[language]
  if (known) return known
  let name: string | undefined
  try {
    name = new Intl.DisplayNames([language], { type: 'language' }).of(language)
  } catch {
    name = undefined
  }
  if (!name) return language
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1)
}

/**
 * The wall-clock time of an ISO date-time with offset (`2023-07-06T21:34:00+02:00` gives 21:34),
 * in the dataset's own time zone, the one its offset names, so a newsroom's "updated" time reads
 * the same to every reader; written as the page's language writes times. Intl is fine here: the
 * line appears only after a live update, never in the prerendered page.
 */
export function formatClock(dateTime: string, language: Language): string {
  const match = /T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(dateTime)
  if (!match) return ''
  const [, hours = '0', minutes = '0'] = match
  // The wall clock as if it were UTC, written in UTC: no reader's own time zone comes in.
  const wall = Date.UTC(2000, 0, 1, Number(hours), Number(minutes))
  try {
    return new Intl.DateTimeFormat(localeOf(language), {
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(wall)
  } catch {
    return `${hours}:${minutes}`
  }
}
