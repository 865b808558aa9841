import type { Dataset } from '../data/indexDataset.ts'
import { atTheTable, inFavour, type StanceRule } from '../data/vocabularies.ts'
import { chamberThreshold } from './majority.ts'
import { stanceCell } from './stanceCell.ts'

/** The coalition's seats in one chamber against the majority threshold. */
export type ChamberFigure = {
  chamberId: string
  seats: number
  total: number
  threshold: number
  majority: boolean
}

/** The figures the header leads with, all computed from the dataset. */
export type KeyFigures = { coalition: ChamberFigure[]; measuresInDispute: number; measures: number }

/**
 * A measure is in dispute when, at some phase, one coalition party was for it (with or without
 * conditions) while another was against it (opposed or red line). Unknown stances never count.
 */
export function isInDispute(
  dataset: Dataset,
  measureId: string,
  rule: StanceRule = 'carried',
): boolean {
  const coalition = dataset.parties.filter((p) => atTheTable(p.side))
  return dataset.phases.some((phase) => {
    const values = coalition.flatMap((party) => {
      const cell = stanceCell(dataset, party.id, measureId, phase.id, rule)
      return cell.kind === 'stance' && cell.value !== 'unknown' && cell.value !== 'undecided'
        ? [cell.value]
        : []
    })
    return values.some(inFavour) && values.some((v) => v === 'opposes' || v === 'red-line')
  })
}

/** Coalition seats per chamber and the number of measures in dispute. */
export function keyFigures(dataset: Dataset, rule: StanceRule = 'carried'): KeyFigures {
  const coalition = dataset.parties.filter((p) => atTheTable(p.side))
  return {
    coalition: dataset.chambers.map((chamber) => {
      const seats = coalition.reduce((sum, p) => sum + (p.seats[chamber.id] ?? 0), 0)
      const threshold = chamberThreshold(chamber)
      return {
        chamberId: chamber.id,
        seats,
        total: chamber.seats,
        threshold,
        majority: seats >= threshold,
      }
    }),
    measuresInDispute: dataset.measures.filter((m) => isInDispute(dataset, m.id, rule)).length,
    measures: dataset.measures.length,
  }
}
