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
  /**
   * Stances by party, then measure, then phase position: nested maps rather than one
   * string key, since a large matrix reads 150 000 cells per phase and a key costs a string.
   */
  readonly stanceGrid: StanceGrid
}

export type StanceGrid = ReadonlyMap<
  string,
  ReadonlyMap<string, readonly (RawStance | undefined)[]>
>

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
    stanceGrid: stanceGrid(data),
  }
}

function stanceGrid(data: RawDataset): StanceGrid {
  const phaseIndex = new Map(data.phases.map((phase, i) => [phase.id, i]))
  const grid = new Map<string, Map<string, (RawStance | undefined)[]>>()
  for (const stance of data.stances) {
    const byMeasure = grid.get(stance.party) ?? new Map<string, (RawStance | undefined)[]>()
    grid.set(stance.party, byMeasure)
    const byPhase = byMeasure.get(stance.measure) ?? []
    byMeasure.set(stance.measure, byPhase)
    const index = phaseIndex.get(stance.phase)
    if (index !== undefined) byPhase[index] = stance
  }
  return grid
}
