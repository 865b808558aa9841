import type { RawDataset, RawSource } from '../data/schema.ts'
import { isCalendarDate, isHttpUrl } from '../data/schemaPrimitives.ts'

/**
 * A new source suggested from its address: an id in the dataset's own pattern
 * (`nrc-20210513-van-haga-splitst`), the outlet and language of the dataset's other sources
 * from that host (else the host, and the language its country domain names when the dataset has
 * it, else the default), and the date only where the address spells it. The headline or a
 * description is the desk's to write: the validator asks for it. `null` for no http(s) address.
 */
export function sourceFromUrl(raw: RawDataset, address: string): RawSource | null {
  const url = address.trim()
  if (!isHttpUrl(url)) return null
  const host = hostOf(url) ?? ''
  const sources = Array.isArray(raw.sources) ? raw.sources : []
  const sibling = [...sources].reverse().find((s) => hostOf(s?.url) === host)
  const languages = Array.isArray(raw.meta?.languages) ? raw.meta.languages : []
  const date = dateIn(new URL(url).pathname)
  const prefix = sibling ? String(sibling.id).split('-')[0] : slug(host.split('.')[0] ?? '')
  const words = slug(lastWords(new URL(url).pathname))
    .split('-')
    .slice(0, 4)
    .join('-')
  const base = [prefix, date.replaceAll('-', ''), words].filter(Boolean).join('-').slice(0, 56)
  return {
    id: freeId(base.replace(/-+$/, '') || 'source', sources),
    outlet: sibling?.outlet ?? host,
    title: null,
    url,
    date,
    language:
      sibling?.language ??
      languages.find((tag) => tag === host.split('.').at(-1)) ??
      raw.meta?.defaultLanguage ??
      languages[0] ??
      'en',
  }
}

/** The host of an address without `www.`, or `undefined` for no address. */
function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return undefined
  }
}

/** `YYYY-MM-DD` (or `YYYY-MM`) where the path spells a date: /2023/07/07/, /20230707/, 2023-07-07. */
function dateIn(path: string): string {
  const day = /(?:^|\D)(20\d\d|19\d\d)[/-]?(\d\d)[/-]?(\d\d)(?:\D|$)/.exec(path)
  if (day) {
    const value = `${day[1]}-${day[2]}-${day[3]}`
    if (isCalendarDate(value)) return value
  }
  const month = /\/(20\d\d|19\d\d)\/(\d\d)(?:\/|$)/.exec(path)
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${month[2]}`
  return ''
}

/** The words of an address's last path segment: its slug without numbers or an extension. */
function lastWords(path: string): string {
  const segments = path.split('/').filter(Boolean)
  const words = segments.reverse().find((segment) => /[a-z]{3,}.*-.*[a-z]/i.test(segment)) ?? ''
  return words
    .replace(/\.[a-z]+$/i, '')
    .split('-')
    .filter((word) => !/^[a-z]?\d+$/i.test(word))
    .join('-')
}

/** Lowercase a-z, 0-9 and single hyphens, accents dropped: an id's alphabet. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

function freeId(base: string, sources: readonly { id?: unknown }[]): string {
  const taken = new Set(sources.map((s) => s?.id))
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}
