import type { PartialDataset } from './partialDataset.ts'
import { type Problem, quoteValue } from './problem.ts'

/**
 * `meta.asOf` is when the dataset was last brought up to date: the page prints it as "As of …"
 * and a live page compares it. So nothing the file records can be dated after it: a source
 * published, an event, a phase or a correction later than `asOf` means the date was not moved
 * forward when the file was. Dates compare as written, in the dataset's own calendar days (the
 * date part of `asOf` in its own offset); a source dated only `YYYY-MM` compares by month.
 */
export function checkAsOf({ meta, sources, events, phases }: PartialDataset): Problem[] {
  if (!meta) return []
  const asOf = meta.asOf
  const day = asOf.slice(0, 10)
  const later = (date: string) => date > day.slice(0, date.length)
  const problem = (path: string, what: string, date: string): Problem => ({
    path,
    message: `${what} on ${quoteValue(date)}, after meta.asOf (${quoteValue(asOf)}): move meta.asOf to when the dataset was last brought up to date`,
  })
  return [
    ...sources.flatMap((source, i) =>
      source && later(source.date)
        ? [problem(`sources[${i}].date`, 'this source was published', source.date)]
        : [],
    ),
    ...events.flatMap((event, i) =>
      event && later(event.date)
        ? [problem(`events[${i}].date`, 'this event happened', event.date)]
        : [],
    ),
    ...phases.flatMap((phase, i) =>
      phase && later(phase.date)
        ? [problem(`phases[${i}].date`, 'this phase is dated', phase.date)]
        : [],
    ),
    ...(meta.corrections ?? []).flatMap((correction, i) =>
      later(correction.date)
        ? [problem(`meta.corrections[${i}].date`, 'this correction was made', correction.date)]
        : [],
    ),
  ]
}
