import type { Problem } from './problem.ts'
import type { RawDataset } from './schema.ts'
import { sourceCitations } from './sourceCitations.ts'

/** Reports every source that nothing cites: a reader could not tell what it supports. */
export function checkSourceUse(data: RawDataset): Problem[] {
  const cited = sourceCitations(data)
  return data.sources.flatMap((source, i): Problem[] =>
    cited.has(source.id)
      ? []
      : [
          {
            path: `sources[${i}]`,
            message: `source "${source.id}" is cited by nothing; cite it from the stance, quote, event, relation, measure, party or person it supports, or remove it`,
          },
        ],
  )
}
