import type { Language } from '../data/languages.ts'

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' }

/** Formats `YYYY-MM-DD` (or `YYYY-MM`, month only) for a language; dates are calendar days, so UTC. */
export function formatDate(value: string, language: Language, weekday = false): string {
  const [year = 0, month = 1, day] = value.split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day ?? 1))
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
          ...(weekday ? { weekday: 'long' } : {}),
        }
  const kind = day === undefined ? 'month' : weekday ? 'weekday' : 'day'
  return formatter(`${language}|${kind}`, LOCALES[language], options).format(date)
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Intl formatters are costly to build; a page formats hundreds of dates with a handful of them. */
function formatter(
  key: string,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options)
    formatters.set(key, found)
  }
  return found
}

/** Formats a number for a language, with exactly `digits` decimals when given. */
export function formatNumber(value: number, language: Language, digits?: number): string {
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
