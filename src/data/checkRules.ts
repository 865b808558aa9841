import { checkAsOf } from './checkAsOf.ts'
import { checkEventDates } from './checkEventDates.ts'
import { checkShortTitles } from './checkShortTitles.ts'
import { checkSourceUse } from './checkSourceUse.ts'
import {
  contrastRatio,
  MARK_CONTRAST,
  partyColour,
  THEME_BACKGROUNDS,
  type Theme,
} from './colour.ts'
import { indexById } from './idIndex.ts'
import type { PartialDataset } from './partialDataset.ts'
import { type Problem, quoteValue } from './problem.ts'
import { RECORD_LISTS } from './recordLists.ts'
import type { RawDataset, RawParty, RawPhase } from './schema.ts'

/**
 * Reports what the format forbids beyond shapes: seat sums, colour contrast, short titles, time
 * order (nothing dated after meta.asOf), event dates, stance rules, uncited sources. On a partly valid file, each rule looks only
 * at records that parsed, and a rule that needs a whole list (seat sums, phase order) waits until
 * that list is whole.
 */
export function checkRules(data: PartialDataset): Problem[] {
  return [
    ...checkMeta(data),
    ...checkAsOf(data),
    ...checkSeats(data),
    ...data.parties.flatMap((party, i) => (party ? checkColour(party, i) : [])),
    ...checkShortTitles(data),
    ...(whole(data.phases) ? checkPhaseOrder(data.phases) : []),
    ...checkEventDates(data),
    ...checkStances(data),
    // A source cited only by a record that failed its shape would look uncited.
    ...(RECORD_LISTS.every((name) => whole<unknown>(data[name]))
      ? checkSourceUse(data as unknown as RawDataset)
      : []),
  ]
}

/** True when every record of a list passed its shape check. */
export function whole<T>(records: readonly (T | undefined)[]): records is readonly T[] {
  return records.every((record) => record !== undefined)
}

function checkMeta({ meta }: PartialDataset): Problem[] {
  const problems: Problem[] = []
  if (!meta) return problems
  meta.languages.forEach((language, i) => {
    if (meta.languages.indexOf(language) !== i)
      problems.push({ path: `meta.languages[${i}]`, message: `"${language}" is listed twice` })
  })
  if (!meta.languages.includes(meta.defaultLanguage))
    problems.push({
      path: 'meta.defaultLanguage',
      message: `${quoteValue(meta.defaultLanguage)} is not in meta.languages`,
    })
  return problems
}

function checkSeats({ chambers, parties }: PartialDataset): Problem[] {
  // A party that failed its shape would make every sum look wrong.
  if (!whole(chambers) || !whole(parties)) return []
  return chambers.flatMap((chamber, i): Problem[] => {
    // A party gives seats only for the chambers it sits in; the sum below catches a slip.
    const total = parties.reduce((sum, p) => sum + (p.seats[chamber.id] ?? 0), 0)
    const vacant = chamber.vacant ?? 0
    const others = chamber.otherSeats ?? 0
    if (total + vacant + others === chamber.seats) return []
    const besides = [
      ...(vacant > 0 ? [`${vacant} vacant`] : []),
      ...(others > 0 ? [`${others} of other parties`] : []),
    ]
    return [
      {
        path: `chambers[${i}].seats`,
        message: `the parties' seats in "${chamber.id}" add up to ${total}${besides.length > 0 ? ` (with ${besides.join(' and ')}: ${total + vacant + others})` : ''}, but the chamber has ${chamber.seats}; seats held by parties the dataset does not describe go in "otherSeats"`,
      },
    ]
  })
}

function checkColour(party: RawParty, i: number): Problem[] {
  return (Object.keys(THEME_BACKGROUNDS) as Theme[]).flatMap((theme): Problem[] => {
    const colour = partyColour(party, theme)
    const ratio = contrastRatio(colour, THEME_BACKGROUNDS[theme])
    if (ratio >= MARK_CONTRAST) return []
    const path =
      typeof party.colour === 'string' ? `parties[${i}].colour` : `parties[${i}].colour.${theme}`
    return [
      {
        path,
        message: `${colour} has a contrast of ${ratio.toFixed(2)}:1 against the ${theme} background ${THEME_BACKGROUNDS[theme]}; marks need ${MARK_CONTRAST}:1 (give a { "light", "dark" } pair)`,
      },
    ]
  })
}

/** Sortable moment of a phase: its date and, where known, its time. */
export function phaseMoment(phase: Pick<RawPhase, 'date' | 'time'>): string {
  return `${phase.date}T${phase.time ?? '00:00'}`
}

function checkPhaseOrder(phases: readonly RawPhase[]): Problem[] {
  const problems: Problem[] = []
  phases.forEach((phase, i) => {
    if (phase.from && phase.from > phase.date)
      problems.push({
        path: `phases[${i}].from`,
        message: `${quoteValue(phase.from)} is after the phase's date ${quoteValue(phase.date)}`,
      })
    const previous = phases[i - 1]
    if (previous && phaseMoment(phase) < phaseMoment(previous))
      problems.push({
        path: `phases[${i}].date`,
        message: `${quoteValue(phaseMoment(phase).replace('T00:00', ''))} goes back in time: the phase before it ("${previous.id}") is at ${quoteValue(phaseMoment(previous).replace('T00:00', ''))}; list phases in time order`,
      })
  })
  return problems
}

function checkStances(data: PartialDataset): Problem[] {
  const problems: Problem[] = []
  const phaseIndex = new Map(data.phases.flatMap((phase, i) => (phase ? [[phase.id, i]] : [])))
  const measures = indexById(data.measures)
  const seen = new Set<string>()
  data.stances.forEach((stance, i) => {
    if (!stance) return
    const key = `${stance.party}|${stance.measure}|${stance.phase}`
    if (seen.has(key))
      problems.push({
        path: `stances[${i}]`,
        message: `a stance for party "${stance.party}", measure "${stance.measure}" and phase "${stance.phase}" is given twice`,
      })
    seen.add(key)
    const measure = measures.get(stance.measure)
    const at = phaseIndex.get(stance.phase)
    const proposed = measure ? phaseIndex.get(measure.proposedAt) : undefined
    if (at !== undefined && proposed !== undefined && at < proposed)
      problems.push({
        path: `stances[${i}].phase`,
        message: `measure "${stance.measure}" was not yet on the table at phase "${stance.phase}" (it was proposed at "${measure?.proposedAt}")`,
      })
    if (stance.position === 'unknown') {
      if (stance.confidence !== undefined)
        problems.push({
          path: `stances[${i}].confidence`,
          message: 'an unknown stance has no confidence; say why it is unknown in the summary',
        })
      return
    }
    if (stance.confidence === undefined)
      problems.push({
        path: `stances[${i}].confidence`,
        message: `is missing: a stance of "${stance.position}" must say how we know (on-record, unnamed-sources or inferred)`,
      })
    if (stance.sources.length === 0)
      problems.push({
        path: `stances[${i}].sources`,
        message: `a stance of "${stance.position}" needs at least one source; if no source says it, use "unknown"`,
      })
  })
  return problems
}
