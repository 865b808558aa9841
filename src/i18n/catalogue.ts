import type { DatasetLocation } from '../data/datasetLocation.ts'
import type { Confidence, RelationKind, Side, StanceValue } from '../data/vocabularies.ts'
import type { nl } from './nl.ts'

type Reference = typeof nl

/**
 * What one language's catalogue holds: the free strings with the Dutch catalogue's keys, and a
 * label for every value of each closed vocabulary (a new position stops the compiler until
 * every catalogue names it). Adding a language is adding one file of this type.
 */
export type Catalogue = {
  /** The first view and the page around it. */
  ui: Reference['ui']
  /** The sections under the matrix: graph, majority, timeline, share, people, sources, about. */
  sections: Reference['sections']
  /** Carried stances and what changed at a moment. */
  changes: Reference['changes']
  /** The relation kinds the changes list names, as sentences. */
  relationChanges: Partial<Record<RelationKind, string>>
  positions: Record<StanceValue, string>
  confidence: Record<Confidence, string>
  sides: Record<Side, string>
  /** Why a `?data=` value is not opened. */
  dataRefused: Record<Exclude<DatasetLocation, { ok: true }>['reason'], string>
  relations: Record<RelationKind, string>
  /** How far apart two parties stood, by mean distance on the 0–1 scale. */
  agreementLevels: readonly [string, string, string, string]
  /** The method section's paragraph on carried stances. */
  carriedMethod: string
  /**
   * Punctuation the code sets between texts it joins (a label and its value, list items, a
   * quote's marks): French puts a space before : and ;, and each language has its own quotes.
   */
  punctuation: { colon: string; listSeparator: string; quoteOpen: string; quoteClose: string }
}
