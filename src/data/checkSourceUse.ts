import type { Problem } from './problem.ts'
import type { RawDataset } from './schema.ts'
import { sourceCitations } from './sourceCitations.ts'

/**
 * Reports every source that nothing cites (a reader could not tell what it supports) and every
 * source with neither a verified headline nor a description (a reader could not tell it apart).
 */
export function checkSourceUse(data: RawDataset): Problem[] {
  const cited = sourceCitations(data)
  const uncited = data.sources.flatMap((source, i): Problem[] =>
    cited.has(source.id)
      ? []
      : [
          {
            path: `sources[${i}]`,
            message: `source "${source.id}" is cited by nothing; cite it from the stance, quote, event, relation, measure, party or person it supports, or remove it`,
          },
        ],
  )
  const unnamed = data.sources.flatMap((source, i): Problem[] =>
    source.title !== null || source.description
      ? []
      : [
          {
            path: `sources[${i}].description`,
            message: `source "${source.id}" has no verified headline ("title" is null) and no description; give the headline as published, or a short neutral description in nl and en`,
          },
        ],
  )
  return [...uncited, ...unnamed]
}
