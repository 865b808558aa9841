import { formatPath } from './describeIssues.ts'
import { knownIds } from './idIndex.ts'
import type { PartialDataset } from './partialDataset.ts'
import { type Problem, quoteValue } from './problem.ts'
import { ID_LISTS, type IdList, RECORD_NOUN } from './recordLists.ts'
import type { RawActor, RawQuote } from './schema.ts'
import { idSchema } from './schemaPrimitives.ts'

/**
 * Reports duplicate ids and every reference (party, person, measure, phase, source…) that does
 * not resolve. Works on a partly valid file too: records that failed their shape are skipped,
 * but their ids still count as defined.
 */
export function checkReferences(data: PartialDataset): Problem[] {
  const problems: Problem[] = []
  const ids = Object.fromEntries(
    ID_LISTS.map((name) => {
      const records: readonly ({ id: string } | undefined)[] = data[name]
      const written = data.ids?.[name]
      return [name, written === undefined ? records.map((record) => record?.id) : written]
    }),
  ) as Record<IdList, readonly (string | undefined)[] | null>
  const maps = Object.fromEntries(
    ID_LISTS.map((name) => [
      name,
      new Map((ids[name] ?? []).flatMap((id) => (id ? [[id, id]] : []))),
    ]),
  ) as unknown as Record<IdList, ReadonlyMap<string, string>>

  const misspelt = new Set(
    ID_LISTS.filter((name) => ids[name]?.some((id) => id !== undefined && !isId(id))),
  )

  for (const name of ID_LISTS) {
    const seen = new Set<string>()
    ids[name]?.forEach((id, i) => {
      if (id === undefined) return
      if (seen.has(id))
        problems.push({
          path: `${name}[${i}].id`,
          message: `${quoteValue(id)} is used by an earlier ${RECORD_NOUN[name]} too; ids must be unique`,
        })
      seen.add(id)
    })
  }

  const ref = (path: string, id: string | null | undefined, target: IdList) => {
    // A list that is not a list was reported already; its ids cannot be judged. Nor can they
    // while one of its ids is mis-spelt ("Red", "__proto__"): that one is reported at its record,
    // and what it was meant to be is not reported again at every reference.
    if (id == null || ids[target] === null || misspelt.has(target) || maps[target].has(id)) return
    problems.push({
      path,
      message: `${quoteValue(id)} is not ${article(RECORD_NOUN[target])} id (known: ${knownIds([...new Set(maps[target].values())])})`,
    })
  }
  const refs = (path: string, ids: readonly string[], target: IdList) =>
    ids.forEach((id, i) => {
      ref(`${path}[${i}]`, id, target)
    })
  const quote = (path: string, q: RawQuote) => {
    ref(`${path}.speaker`, q.speaker, 'people')
    ref(`${path}.source`, q.source, 'sources')
  }
  const actor = (path: string, a: RawActor) => {
    if ((a.party === undefined) === (a.person === undefined))
      problems.push({ path, message: 'must name exactly one of "party" or "person"' })
    ref(`${path}.party`, a.party, 'parties')
    ref(`${path}.person`, a.person, 'people')
  }

  data.parties.forEach((p, i) => {
    if (!p) return
    ref(`parties[${i}].leader`, p.leader, 'people')
    ref(`parties[${i}].chair`, p.chair, 'people')
    refs(`parties[${i}].sources`, p.sources, 'sources')
    for (const chamber of Object.keys(p.seats))
      ref(formatPath(['parties', i, 'seats', chamber]), chamber, 'chambers')
  })
  data.people.forEach((p, i) => {
    if (!p) return
    ref(`people[${i}].party`, p.party, 'parties')
    refs(`people[${i}].sources`, p.sources, 'sources')
  })
  data.measures.forEach((m, i) => {
    if (!m) return
    ref(`measures[${i}].topic`, m.topic, 'topics')
    ref(`measures[${i}].proposedAt`, m.proposedAt, 'phases')
    if (m.proposedBy) {
      refs(`measures[${i}].proposedBy.parties`, m.proposedBy.parties, 'parties')
      refs(`measures[${i}].proposedBy.people`, m.proposedBy.people, 'people')
    }
    refs(`measures[${i}].sources`, m.sources, 'sources')
  })
  data.stances.forEach((s, i) => {
    if (!s) return
    ref(`stances[${i}].party`, s.party, 'parties')
    ref(`stances[${i}].measure`, s.measure, 'measures')
    ref(`stances[${i}].phase`, s.phase, 'phases')
    refs(`stances[${i}].sources`, s.sources, 'sources')
    s.quotes?.forEach((q, j) => {
      quote(`stances[${i}].quotes[${j}]`, q)
    })
  })
  data.events.forEach((e, i) => {
    if (!e) return
    ref(`events[${i}].phase`, e.phase, 'phases')
    refs(`events[${i}].people`, e.people, 'people')
    refs(`events[${i}].parties`, e.parties, 'parties')
    refs(`events[${i}].sources`, e.sources, 'sources')
  })
  data.relations.forEach((r, i) => {
    if (!r) return
    actor(`relations[${i}].from`, r.from)
    actor(`relations[${i}].to`, r.to)
    ref(`relations[${i}].measure`, r.measure, 'measures')
    ref(`relations[${i}].phase`, r.phase, 'phases')
    refs(`relations[${i}].sources`, r.sources, 'sources')
    if (r.quote) quote(`relations[${i}].quote`, r.quote)
  })
  return problems
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`
}

function isId(value: string): boolean {
  return idSchema.safeParse(value).success
}
