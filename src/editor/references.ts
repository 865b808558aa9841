import type { IdList } from '../data/recordLists.ts'
import type { RawDataset } from '../data/schema.ts'
import type { Path } from './editPath.ts'

/** One place an id is written: its path, and which list the id belongs to. */
export type Reference = { kind: IdList; path: Path; id: string }

type Rec = Record<string, unknown>
const list = (value: unknown): Rec[] => (Array.isArray(value) ? (value as Rec[]) : [])
const obj = (value: unknown): Rec | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Rec) : null

/**
 * Every reference to an id in a dataset (not the records' own ids), as the format defines them
 * (data/README.md): a party's seats per chamber, leaders, proposers, stances, quotes' speakers
 * and sources, events, relations. Tolerates half-written records: the editor holds those too.
 */
export function findReferences(raw: RawDataset): Reference[] {
  const found: Reference[] = []
  const add = (kind: IdList, path: Path, value: unknown) => {
    if (typeof value === 'string') found.push({ kind, path, id: value })
  }
  const addAll = (kind: IdList, path: Path, value: unknown) =>
    list(value).forEach((id, i) => void add(kind, [...path, i], id))
  const quote = (path: Path, value: unknown) => {
    const q = obj(value)
    if (!q) return
    add('people', [...path, 'speaker'], q.speaker)
    add('sources', [...path, 'source'], q.source)
  }
  const actor = (path: Path, value: unknown) => {
    const a = obj(value)
    if (!a) return
    add('parties', [...path, 'party'], a.party)
    add('people', [...path, 'person'], a.person)
  }
  list(raw.parties).forEach((p, i) => {
    const at = ['parties', i] as const
    for (const chamber of Object.keys(obj(p.seats) ?? {}))
      found.push({ kind: 'chambers', path: [...at, 'seats', chamber], id: chamber })
    add('people', [...at, 'leader'], p.leader)
    add('people', [...at, 'chair'], p.chair)
    addAll('sources', [...at, 'sources'], p.sources)
  })
  list(raw.people).forEach((p, i) => {
    add('parties', ['people', i, 'party'], p.party)
    addAll('sources', ['people', i, 'sources'], p.sources)
  })
  list(raw.measures).forEach((m, i) => {
    const by = obj(m.proposedBy)
    if (by) {
      addAll('parties', ['measures', i, 'proposedBy', 'parties'], by.parties)
      addAll('people', ['measures', i, 'proposedBy', 'people'], by.people)
    }
    add('topics', ['measures', i, 'topic'], m.topic)
    add('phases', ['measures', i, 'proposedAt'], m.proposedAt)
    addAll('sources', ['measures', i, 'sources'], m.sources)
  })
  list(raw.stances).forEach((s, i) => {
    add('parties', ['stances', i, 'party'], s.party)
    add('measures', ['stances', i, 'measure'], s.measure)
    add('phases', ['stances', i, 'phase'], s.phase)
    addAll('sources', ['stances', i, 'sources'], s.sources)
    list(s.quotes).forEach((q, j) => void quote(['stances', i, 'quotes', j], q))
  })
  list(raw.events).forEach((e, i) => {
    add('phases', ['events', i, 'phase'], e.phase)
    addAll('people', ['events', i, 'people'], e.people)
    addAll('parties', ['events', i, 'parties'], e.parties)
    addAll('sources', ['events', i, 'sources'], e.sources)
  })
  list(raw.relations).forEach((r, i) => {
    actor(['relations', i, 'from'], r.from)
    actor(['relations', i, 'to'], r.to)
    add('measures', ['relations', i, 'measure'], r.measure)
    add('phases', ['relations', i, 'phase'], r.phase)
    quote(['relations', i, 'quote'], r.quote)
    addAll('sources', ['relations', i, 'sources'], r.sources)
  })
  return found
}

/** The references to one record: what must change with its id, or would dangle without it. */
export function referencesTo(raw: RawDataset, kind: IdList, id: string): Reference[] {
  return findReferences(raw).filter((ref) => ref.kind === kind && ref.id === id)
}
