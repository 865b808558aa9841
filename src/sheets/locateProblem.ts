import { formatProblem, type Problem } from '../data/problem.ts'
import { RECORD_LISTS, type RecordList } from '../data/recordLists.ts'
import type { SheetLocator } from './assembleDataset.ts'
import { META_KEYS } from './metaSheet.ts'
import { type PathStep, parseJsonPath } from './parseJsonPath.ts'
import { sheetMessage } from './sheetMessage.ts'
import { sheetFile } from './sheetNames.ts'
import { formatSheetProblem, type SheetProblem } from './sheetProblem.ts'

/**
 * Turns a validator problem (`stances[12].party: …`) into a line that names the sheet, row and
 * column (`stances.csv row 14, column party: …`), in the sheet's terms (columns, not JSON); a path
 * it cannot place is printed as it is.
 */
export function locateProblem(problem: Problem, locator: SheetLocator): string {
  const steps = parseJsonPath(problem.path)
  const located = steps && locate(steps, locator)
  // `(file)` carries whole-dataset notes such as "and 12 more problems".
  if (problem.path === '(file)') return `sheets: ${problem.message}`
  if (!located) return `dataset ${formatProblem(problem)}`
  return formatSheetProblem({ ...located, message: sheetMessage(problem.message, located.column) })
}

type Place = Omit<SheetProblem, 'message'>

function locate([head, index, ...rest]: PathStep[], locator: SheetLocator): Place | null {
  if (head === 'meta' && index === 'corrections') {
    const [item, ...field] = rest
    const row = typeof item === 'number' ? locator.correctionRows[item] : undefined
    return place('corrections.csv', row, columnsFor(locator.columns.corrections, field))
  }
  if (head === 'meta') {
    const keys = columnsFor(META_KEYS, index === undefined ? [] : [index, ...rest])
    const row = keys.map((key) => locator.metaRows.get(key)).find((r) => r !== undefined)
    if (row !== undefined) return { file: 'meta.csv', row, column: 'value' }
    return { file: keys.length > 0 ? `meta.csv, key ${keys.join('/')}` : 'meta.csv' }
  }
  if (!isRecordList(head)) return null
  const file = sheetFile(head)
  if (typeof index !== 'number') return { file }
  const [field, quote, ...quoteRest] = rest
  if (head === 'stances' && field === 'quotes' && typeof quote === 'number') {
    const row = locator.quoteRows.get(index)?.[quote]
    return place('quotes.csv', row, columnsFor(locator.columns.quotes, quoteRest))
  }
  return place(file, locator.rows[head][index], columnsFor(locator.columns[head], rest))
}

function place(file: string, row: number | undefined, columns: readonly string[]): Place {
  return {
    file,
    ...(row === undefined ? {} : { row }),
    ...(columns.length === 0 ? {} : { column: columns.join('/') }),
  }
}

/**
 * The columns a field path lives in: its names joined by `_` (`title.nl` → `title_nl`,
 * `seats.tk` → `seats_tk`, `roles[1].en` → `roles_en`), or every column of a field spread over
 * several (`from` → `from_party`, `from_person`).
 */
function columnsFor(columns: readonly string[], steps: readonly PathStep[]): string[] {
  const names = steps.filter((step): step is string => typeof step === 'string')
  if (names.length === 0) return []
  const joined = names.join('_')
  if (columns.includes(joined)) return [joined]
  const spread = columns.filter((column) => column.startsWith(`${joined}_`))
  return spread.length > 0 ? spread : [joined]
}

function isRecordList(value: PathStep | undefined): value is RecordList {
  return (RECORD_LISTS as readonly PathStep[]).includes(value as PathStep)
}
