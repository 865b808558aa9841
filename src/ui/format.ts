import type { Language } from '../data/languages.ts'

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' }

/*
 * Dates are written from these tables, not with Intl.DateTimeFormat: building the first Intl
 * date formatter in a page loads locale data (tens of ms, in the middle of hydration), and the
 * build's Node and the reader's browser may carry different locale data versions, which would
 * make the prerendered text differ from the hydrated one. A unit test keeps the output equal to
 * Intl's nl-NL and en-GB.
 */
const MONTHS: Record<Language, readonly string[]> = {
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
const WEEKDAYS: Record<Language, readonly string[]> = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
}
/** What comes between the weekday and the day: "vrijdag 7 juli", "Friday, 7 July". */
const AFTER_WEEKDAY: Record<Language, string> = { nl: ' ', en: ', ' }

/** Formats `YYYY-MM-DD` (or `YYYY-MM`, month only) for a language; dates are calendar days, so UTC. */
export function formatDate(value: string, language: Language, weekday = false): string {
  const [year = 0, month = 1, day] = value.split('-').map(Number)
  const monthName = MONTHS[language][month - 1] ?? ''
  if (day === undefined) return `${monthName} ${year}`
  const date = `${day} ${monthName} ${year}`
  if (!weekday) return date
  const weekdayName = WEEKDAYS[language][new Date(Date.UTC(year, month - 1, day)).getUTCDay()]
  return `${weekdayName}${AFTER_WEEKDAY[language]}${date}`
}

/** The decimal separator per language (numbers below 1 000 need no grouping). */
const DECIMAL: Record<Language, string> = { nl: ',', en: '.' }

/** Formats a number for a language, with exactly `digits` decimals when given. */
export function formatNumber(value: number, language: Language, digits?: number): string {
  // Small numbers (seats, counts, 0–1 distances) need no grouping: written without Intl, whose
  // first NumberFormat in a page loads locale data (~30 ms, in the middle of hydration).
  if (digits === undefined && Number.isInteger(value) && Math.abs(value) < 1000)
    return String(value)
  if (digits !== undefined && Number.isFinite(value) && Math.abs(value) < 999)
    return fixed(value, digits, DECIMAL[language])
  const key = `${language}|${digits ?? ''}`
  let found = numberFormatters.get(key)
  if (!found) {
    found = new Intl.NumberFormat(
      LOCALES[language],
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
