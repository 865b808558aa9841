import { cell, type JsonRecord, readRecord } from './fieldCodec.ts'
import type { Table } from './readTable.ts'
import { QUOTE_FIELDS } from './sheetFields.ts'
import type { SheetProblem } from './sheetProblem.ts'

const FILE = 'quotes.csv'

/**
 * Adds each row of quotes.csv to the stance with the same party, measure and phase, in row order.
 * Returns, per stance index, the rows its quotes came from, so problems can point back at them.
 */
export function attachQuotes(
  stances: readonly JsonRecord[],
  quotes: Table,
): { quoteRows: ReadonlyMap<number, number[]>; problems: SheetProblem[] } {
  const byKey = new Map<string, number>()
  stances.forEach((stance, i) => {
    const key = stanceKey(String(stance.party), String(stance.measure), String(stance.phase))
    // A stance given twice is reported by the validator; its quotes go to the first one.
    if (!byKey.has(key)) byKey.set(key, i)
  })
  const quoteRows = new Map<number, number[]>()
  const problems: SheetProblem[] = []
  for (const { row, cells } of quotes.rows) {
    const [party, measure, phase] = ['party', 'measure', 'phase'].map((c) => cell(cells, c))
    const index = byKey.get(stanceKey(party ?? '', measure ?? '', phase ?? ''))
    const stance = index === undefined ? undefined : stances[index]
    if (index === undefined || !stance) {
      problems.push({
        file: FILE,
        row,
        message: `no row of stances.csv has party ${JSON.stringify(party)}, measure ${JSON.stringify(measure)} and phase ${JSON.stringify(phase)}`,
      })
      continue
    }
    const { record, problems: cellProblems } = readRecord(QUOTE_FIELDS, cells)
    problems.push(...cellProblems.map((p) => ({ file: FILE, row, ...p })))
    // The stance is a fresh object built by this import, so its quotes can grow in place.
    stance.quotes = [...((stance.quotes as JsonRecord[] | undefined) ?? []), record]
    quoteRows.set(index, [...(quoteRows.get(index) ?? []), row])
  }
  return { quoteRows, problems }
}

function stanceKey(party: string, measure: string, phase: string): string {
  return JSON.stringify([party, measure, phase])
}
