import { indexById } from './idIndex.ts'
import type {
  RawDataset,
  RawMeasure,
  RawParty,
  RawPerson,
  RawPhase,
  RawSource,
  RawStance,
} from './schema.ts'

/** A validated dataset with its lookups: after the door, the app trusts these types. */
export type Dataset = RawDataset & {
  readonly partyById: ReadonlyMap<string, RawParty>
  readonly personById: ReadonlyMap<string, RawPerson>
  readonly measureById: ReadonlyMap<string, RawMeasure>
  readonly phaseById: ReadonlyMap<string, RawPhase>
  readonly sourceById: ReadonlyMap<string, RawSource>
  /** Position of each phase in time order. */
  readonly phaseIndex: ReadonlyMap<string, number>
  /** The stance for `party|measure|phase`. */
  readonly stanceByKey: ReadonlyMap<string, RawStance>
}

/** The key of a stance in `Dataset.stanceByKey`. */
export function stanceKey(party: string, measure: string, phase: string): string {
  return `${party}|${measure}|${phase}`
}

/** Builds the lookups of a dataset that passed validation. */
export function indexDataset(data: RawDataset): Dataset {
  return {
    ...data,
    partyById: indexById(data.parties),
    personById: indexById(data.people),
    measureById: indexById(data.measures),
    phaseById: indexById(data.phases),
    sourceById: indexById(data.sources),
    phaseIndex: new Map(data.phases.map((phase, i) => [phase.id, i])),
    stanceByKey: new Map(data.stances.map((s) => [stanceKey(s.party, s.measure, s.phase), s])),
  }
}
