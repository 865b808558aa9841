import { describe, expect, test } from 'vitest'
import { CATALOGUE_LANGUAGES } from '../../../src/i18n/catalogues.ts'
import { plural, takesOne } from '../../../src/ui/plural.ts'
import { fill, messages } from '../../../src/ui/strings.ts'

describe('plurals', () => {
  test.each(CATALOGUE_LANGUAGES)(
    'takesOne(%s, n) agrees with Intl.PluralRules for every count up to 20 000 and for millions',
    (language) => {
      const rule = new Intl.PluralRules(language)
      const counts = [...Array.from({ length: 20_001 }, (_, n) => n), 1e6, 2e6, 1_000_001]
      const differ = counts.filter((n) => takesOne(language, n) !== (rule.select(n) === 'one'))
      expect(differ).toEqual([])
    },
  )

  test('plural(language, n, forms) picks the form Intl.PluralRules picks, in nl and en', () => {
    const forms = { one: '{n} bron', other: '{n} bronnen' }
    expect([0, 1, 2, 21].map((n) => plural('nl', n, forms))).toEqual([
      '0 bronnen',
      '1 bron',
      '2 bronnen',
      '21 bronnen',
    ])
    expect(plural('en', 1, { one: '{n} event', other: '{n} events' })).toBe('1 event')
    expect(plural('en', 1000, { one: '{n} event', other: '{n} events' })).toBe('1,000 events')
  })

  test('fill(hiddenParties, 1) reads "1 opposition party … is hidden" in both languages', () => {
    expect(fill(messages('en').ui.hiddenParties, { count: 1 }, 'en')).toBe(
      '1 opposition party with no known stance is hidden.',
    )
    expect(fill(messages('nl').ui.hiddenParties, { count: 1 }, 'nl')).toBe(
      '1 oppositiepartij zonder bekend standpunt is verborgen.',
    )
    expect(fill(messages('en').ui.hiddenParties, { count: 2 }, 'en')).toBe(
      '2 opposition parties with no known stance are hidden.',
    )
  })

  test('fill(graphSummary) with one pair and one relation reads as written', () => {
    const counts = { parties: 2, pairs: 1, disagree: 1, relations: 1 }
    expect(fill(messages('en').sections.graphSummary, counts, 'en')).toBe(
      '2 parties. 1 pair shares at least one known stance; 1 of them mostly disagrees. 1 explicit relation (ultimatums, red lines, proposals).',
    )
    expect(fill(messages('nl').sections.graphSummary, counts, 'nl')).toBe(
      '2 partijen. 1 paar deelt minstens één bekend standpunt; 1 daarvan is het grotendeels oneens. 1 expliciete relatie (ultimatums, rode lijnen, voorstellen).',
    )
  })

  test('fill(timelineSummary, 1 event) and the counts of sources and seats are singular', () => {
    const one = { events: 1, first: 'a', last: 'b' }
    expect(fill(messages('en').sections.timelineSummary, one, 'en')).toMatch(
      /^1 event from a to b\./,
    )
    expect(fill(messages('nl').sections.timelineSummary, one, 'nl')).toMatch(
      /^1 gebeurtenis van a tot b\./,
    )
    expect(fill(messages('en').sections.sourcesIntro, { count: 1 }, 'en')).toMatch(/^1 source\. /)
    expect(fill(messages('nl').ui.seats, { seats: 1 }, 'nl')).toBe('1 zetel')
  })

  test('no dictionary string writes a count before a plural noun without a plural form', () => {
    // A string with its own singular sibling (`seatSegment` and `seatSegmentOne`) is chosen by count.
    const all = [
      messages('nl').ui,
      messages('en').ui,
      messages('nl').sections,
      messages('en').sections,
    ].flatMap((d) =>
      Object.entries(d)
        .filter(([key, v]) => typeof v === 'string' && !(`${key}One` in d))
        .map(([, v]) => v as string),
    )
    const bare =
      /\{(count|parties|measures|sources|events|pairs|relations|seats|basis)\} (partijen|parties|maatregelen|measures|bronnen|sources|gebeurtenissen|events|paren|pairs|relaties|relations|zetels|seats)\b/
    expect(all.filter((text) => bare.test(text))).toEqual([])
  })
})
