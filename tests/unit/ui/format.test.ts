import { expect, test } from 'vitest'
import { formatDate, formatNumber } from '../../../src/ui/format.ts'

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const
// One formatter per locale and options: building ~15 000 of them made this test time out on a busy machine.
const formatters = new Map<string, Intl.DateTimeFormat>()
const intl = (locale: string, options: Intl.DateTimeFormatOptions, date: Date) => {
  const key = locale + JSON.stringify(options)
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })
    formatters.set(key, formatter)
  }
  return formatter.format(date)
}

test('formatDate writes every day of 2020–2026 as Intl does in nl-NL and en-GB', () => {
  for (const [language, locale] of Object.entries(LOCALES) as ['nl' | 'en', string][]) {
    for (let time = Date.UTC(2020, 0, 1); time <= Date.UTC(2026, 11, 31); time += 86_400_000) {
      const date = new Date(time)
      const iso = date.toISOString().slice(0, 10)
      const day = { day: 'numeric', month: 'long', year: 'numeric' } as const
      expect(formatDate(iso, language)).toBe(intl(locale, day, date))
      expect(formatDate(iso, language, true)).toBe(intl(locale, { ...day, weekday: 'long' }, date))
      if (date.getUTCDate() === 1)
        expect(formatDate(iso.slice(0, 7), language)).toBe(
          intl(locale, { month: 'long', year: 'numeric' }, date),
        )
    }
  }
})

test('formatDate examples: a day, a weekday, a month', () => {
  expect(formatDate('2023-07-07', 'nl', true)).toBe('vrijdag 7 juli 2023')
  expect(formatDate('2023-07-07', 'en')).toBe('7 July 2023')
  expect(formatDate('2025-06', 'en')).toBe('June 2025')
})

test('formatNumber groups and rounds per language, and writes small whole numbers as they are', () => {
  expect(formatNumber(1234.5, 'nl')).toBe('1.234,5')
  expect(formatNumber(1234.5, 'en')).toBe('1,234.5')
  expect(formatNumber(0.456, 'nl', 2)).toBe('0,46')
  expect(formatNumber(0.456, 'en', 2)).toBe('0.46')
  expect(formatNumber(78, 'nl')).toBe('78')
  expect(formatNumber(-12, 'en')).toBe('-12')
})

test('formatNumber with decimals writes what Intl writes for every distance the graph can show', () => {
  const options = { minimumFractionDigits: 2, maximumFractionDigits: 2 }
  const byLocale = {
    'nl-NL': new Intl.NumberFormat('nl-NL', options),
    'en-GB': new Intl.NumberFormat('en-GB', options),
  }
  const intl = (locale: 'nl-NL' | 'en-GB', value: number) => byLocale[locale].format(value)
  // Distances are sums of 0–4 steps over n measures, divided by 4n; add some plain values too.
  const values = [0, 1, 0.075, 0.995, 12.345, 998.999, 0.5]
  for (let n = 1; n <= 60; n++) for (let k = 0; k <= 4 * n; k++) values.push(k / (4 * n))
  for (const value of values) {
    expect(formatNumber(value, 'nl', 2)).toBe(intl('nl-NL', value))
    expect(formatNumber(value, 'en', 2)).toBe(intl('en-GB', value))
  }
})

test('formatClock(asOf) is the time in the dataset’s own offset, as nl-NL and en-GB write it', async () => {
  const { formatClock } = await import('../../../src/ui/format.ts')
  expect(formatClock('2023-07-06T21:34:00+02:00', 'nl')).toBe('21:34')
  expect(formatClock('2023-07-06T21:34:00+02:00', 'en')).toBe('21:34')
  expect(formatClock('2023-07-06T09:05:59.120Z', 'nl')).toBe('09:05')
  // A language that writes a 12-hour clock gets one; the wall time stays the dataset's.
  expect(formatClock('2023-07-06T21:34:00-04:00', 'en-US')).toBe('9:34 PM')
  // Intl, shown the same instant in that offset, writes the same in both languages.
  const instant = new Date('2023-07-06T21:34:00+02:00').getTime() + 2 * 3600_000
  for (const locale of ['nl-NL', 'en-GB'])
    expect(
      new Intl.DateTimeFormat(locale, {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'UTC',
      }).format(instant),
    ).toBe('21:34')
})
