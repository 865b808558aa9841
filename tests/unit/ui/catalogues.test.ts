import { describe, expect, test } from 'vitest'
import { fill, messages } from '../../../src/ui/strings.ts'

// Every file in src/i18n named by a language tag (nl.ts, de.ts, pt-BR.ts…) is a catalogue: a new
// language is checked here the moment its file exists, before anything registers it.
const files = import.meta.glob<Record<string, unknown>>(
  ['../../../src/i18n/*.ts', '!**/catalogue.ts', '!**/catalogues.ts'],
  { eager: true },
)
const CATALOGUES = Object.fromEntries(
  Object.entries(files)
    .map(([path, module]) => [path.replace(/^.*\/|\.ts$/g, ''), module] as const)
    .filter(([tag]) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag))
    .map(([tag, module]) => [tag, Object.values(module)[0]]),
)
const TAGS = Object.keys(CATALOGUES).sort()
const reference = strings(CATALOGUES.nl)
const english = strings(CATALOGUES.en)
// Translations: the languages the team wrote from the English, where leftover English can hide.
const TRANSLATIONS = TAGS.filter((tag) => tag !== 'nl' && tag !== 'en')

/** Every string of a catalogue by its path (`ui.matrixTitle`, `agreementLevels.0`). */
function strings(value: unknown, path = ''): Map<string, unknown> {
  if (typeof value !== 'object' || value === null) return new Map([[path, value]])
  return new Map(
    Object.entries(value).flatMap(([key, child]) => [
      ...strings(child, path ? `${path}.${key}` : key),
    ]),
  )
}

const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g

/** The variables a string fills as they are (`{name}`) and those that choose a plural form. */
function variables(text: string): { plain: string[]; plural: string[] } {
  const matches = [...text.matchAll(PLACEHOLDER)]
  const names = (plural: boolean) =>
    [
      ...new Set(matches.filter((m) => (m[2] !== undefined) === plural).map((m) => m[1] ?? '')),
    ].sort()
  return { plain: names(false), plural: names(true) }
}

// Words French shares with English, so an identical string is still French.
const SHARED = new Set(['fr Distance (0–1)'])

// English past tense has no number ("3 changed"), where Dutch chooses "veranderde/veranderden".
const NO_AGREEMENT = new Set(['en ui.matrixSummary changed'])

describe('message catalogues', () => {
  test('src/i18n holds a catalogue for nl, en, de and fr', () => {
    expect(TAGS).toEqual(expect.arrayContaining(['nl', 'en', 'de', 'fr']))
  })

  test.each(TAGS)('%s has exactly the keys of nl, at every depth', (tag) => {
    expect([...strings(CATALOGUES[tag]).keys()].sort()).toEqual([...reference.keys()].sort())
  })

  test.each(TAGS)('%s has no empty string and no broken placeholder', (tag) => {
    for (const [path, value] of strings(CATALOGUES[tag])) {
      expect(typeof value === 'string' && value.trim() !== '', `${tag} ${path}`).toBe(true)
      // What fill() does not recognise stays on screen as "{count|…".
      expect(String(value).replace(PLACEHOLDER, ''), `${tag} ${path}`).not.toMatch(/[{}]/)
    }
  })

  test.each(TAGS)('%s fills the variables the Dutch string fills, and plurals of those', (tag) => {
    for (const [path, value] of strings(CATALOGUES[tag])) {
      const own = variables(String(value))
      const dutch = variables(String(reference.get(path)))
      expect(own.plain, `${tag} ${path}`).toEqual(dutch.plain)
      // A count that chooses a form in Dutch chooses one here too…
      const kept = dutch.plural.filter((name) => !NO_AGREEMENT.has(`${tag} ${path} ${name}`))
      expect(own.plural, `${tag} ${path}`).toEqual(expect.arrayContaining(kept))
      // …and a language may agree with more counts (French "1 position connue"), never with a
      // variable the caller does not pass.
      expect([...dutch.plain, ...dutch.plural], `${tag} ${path}`).toEqual(
        expect.arrayContaining(own.plural),
      )
    }
  })

  test.each(TRANSLATIONS)('%s leaves no English sentence untranslated', (tag) => {
    const leftovers = [...strings(CATALOGUES[tag])].filter(([path, value]) => {
      const prose = String(value).replace(PLACEHOLDER, '').trim()
      return value === english.get(path) && prose.length > 12 && !SHARED.has(`${tag} ${value}`)
    })
    expect(leftovers).toEqual([])
  })

  test('fr sets the no-break spaces of French typography', () => {
    for (const [path, value] of strings(CATALOGUES.fr)) {
      const text = String(value)
      // Before ; ! ? and inside « », a narrow no-break space; before a colon, a no-break space
      // (but not in a URL scheme such as "javascript:").
      expect(text, path).not.toMatch(/[^\u202f][;!?»]|«[^\u202f]/)
      expect(text, path).not.toMatch(/(?<!\u00a0|javascript|data):(\s|$)/)
    }
  })

  test('de opens every quotation with „ and closes it with “', () => {
    // The marks the code sets around a dataset's quote are the same pair, in two strings.
    const { quoteOpen, quoteClose } = messages('de').punctuation
    expect(quoteOpen + quoteClose).toBe('„“')
    for (const [path, value] of strings(CATALOGUES.de)) {
      if (path === 'punctuation.quoteOpen' || path === 'punctuation.quoteClose') continue
      const text = String(value)
      expect(text, path).not.toMatch(/["”«»]/)
      expect(text.match(/„/g)?.length ?? 0, path).toBe(text.match(/“/g)?.length ?? 0)
    }
  })

  test('fill() takes French 0 and 1 as singular, German only 1', () => {
    const counts = (n: number) => ({ count: n, known: n, cells: 12, changed: n })
    const de = messages('de')
    const fr = messages('fr')
    expect(fill(fr.ui.hiddenParties, counts(0), 'fr')).toBe(
      '0 parti d’opposition sans position connue est masqué.',
    )
    expect(fill(fr.ui.matrixSummary, counts(1), 'fr')).toContain(
      '1 position connue sur 12\u202f; 1 a changé',
    )
    expect(fill(de.ui.hiddenParties, counts(0), 'de')).toBe(
      '0 Oppositionsparteien ohne bekannte Position sind ausgeblendet.',
    )
    expect(fill(de.sections.sourcesIntro, counts(1), 'de-AT')).toMatch(/^1 Quelle\. /)
  })

  test('fill() writes numbers as the language writes them', () => {
    const seats = (n: number) => fill('{seats} {seats|zetel|zetels}', { seats: n }, 'nl')
    expect(seats(1)).toBe('1 zetel')
    expect(seats(1470)).toBe('1.470 zetels')
    expect(fill('{total} seats', { total: 1470 }, 'en')).toBe('1,470 seats')
    expect(fill('{total} Sitze', { total: 1470 }, 'de')).toBe('1.470 Sitze')
    expect(fill('{total} sièges', { total: 1470 }, 'fr')).toBe('1\u202f470 sièges')
    expect(fill('{name}', { name: 'VVD' }, 'nl')).toBe('VVD')
  })
})
