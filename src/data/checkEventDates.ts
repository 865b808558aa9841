import type { PartialDataset } from './partialDataset.ts'
import { type Problem, quoteValue } from './problem.ts'

/**
 * An event lies within its phase: on or after the phase's start (`from`, else `date`) and no later
 * than the next phase's date (a night's talks may end after midnight). Events after the last
 * phase's date belong to the last phase with `"aftermath": true`, and only those have it.
 */
export function checkEventDates({ phases, events }: PartialDataset): Problem[] {
  // Phase spans only mean something when every phase parsed and they run forward in time (a
  // phase that goes back in time is reported on its own).
  if (phases.some((phase) => phase === undefined)) return []
  if (phases.some((phase, i) => i > 0 && (phase?.date ?? '') < (phases[i - 1]?.date ?? '')))
    return []
  const index = new Map(phases.map((phase, i) => [phase?.id, i]))
  const last = phases.at(-1)
  return events.flatMap((event, i): Problem[] => {
    const at = event && index.get(event.phase)
    const phase = at === undefined || at === null ? undefined : phases[at]
    if (!event || !phase || !last) return []
    const start = phase.from ?? phase.date
    const end = phases[(at ?? 0) + 1]?.date ?? phase.date
    const date = quoteValue(event.date)
    if (event.date > last.date && phase === last) {
      if (event.aftermath === true) return []
      return [
        {
          path: `events[${i}].aftermath`,
          message: `the event on ${date} comes after the last phase ("${last.id}", ${quoteValue(last.date)}): mark it "aftermath": true`,
        },
      ]
    }
    const problems: Problem[] = []
    if (event.aftermath === true)
      problems.push({
        path: `events[${i}].aftermath`,
        message: `only events after the last phase ("${last.id}", ${quoteValue(last.date)}) are aftermath`,
      })
    if (event.date < start || event.date > end)
      problems.push({
        path: `events[${i}].date`,
        message: `${date} lies outside its phase "${phase.id}" (${quoteValue(start)} to ${quoteValue(end)}); give the phase it falls in`,
      })
    return problems
  })
}
