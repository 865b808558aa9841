import { readFileSync } from 'node:fs'
import { type Dataset, indexDataset } from '../../src/data/indexDataset.ts'
import { parseDatasetText } from '../../src/data/parseDatasetText.ts'

/**
 * The hand-countable fixture: 3 parties (red, blue coalition; green opposition) × 4 measures
 * (cap, wait: before; brake: mid; vote: end) × 3 phases (before, mid, end). Stances:
 *   red   cap S S S   wait S S S   brake - S S     vote - - S
 *   blue  cap O R R   wait C C O   brake - U O     vote - - O   (mid: unnamed sources)
 *   green cap ? ? O   wait ? ? ?   brake - ? ?     vote - - ?
 * S supports 0, C conditional 1, U undecided 2, O opposes 3, R red line 4, ? unknown, - not on the table.
 */
export function loadTestland(): Dataset {
  const result = parseDatasetText(readFileSync('tests/fixtures/valid/testland.json', 'utf8'))
  if (!result.ok) throw new Error(`testland.json is invalid: ${JSON.stringify(result.problems)}`)
  return result.value
}

/** The same dataset with other stances, indexed again as the app would index it. */
export function withStances(data: Dataset, stances: Dataset['stances']): Dataset {
  return indexDataset({ ...data, stances })
}
