import type { Dataset } from '../../data/indexDataset.ts'
import { type Language, textIn } from '../../data/languages.ts'
import type { MatrixModel } from '../../model/matrixModel.ts'
import type { StanceCell } from '../../model/stanceCell.ts'
import { fill, messages } from '../../ui/strings.ts'

/** What `describeCell` needs to name one cell. */
export type CellToDescribe = {
  partyId: string
  measureId: string
  phase: string
  cell: StanceCell
  changed: boolean
}

/**
 * The screen-reader name of a cell: party, measure, position, how we know, when it was last
 * reported if carried from an earlier phase, and whether it changed.
 */
export function describeCell(
  dataset: Dataset,
  language: Language,
  { partyId, measureId, phase, cell, changed }: CellToDescribe,
): string {
  const strings = messages(language).ui
  const party = dataset.partyById.get(partyId)?.shortName ?? partyId
  const measure = dataset.measureById.get(measureId)?.title[language] ?? measureId
  if (cell.kind === 'not-on-table')
    return fill(strings.cellName, { party, measure, position: strings.notOnTable }, language)
  const parts = [
    fill(
      strings.cellName,
      { party, measure, position: messages(language).positions[cell.value] },
      language,
    ),
  ]
  const confidence = cell.stance?.confidence
  if (confidence) parts.push(messages(language).confidence[confidence])
  const from = cell.carried ? dataset.phaseById.get(cell.stance?.phase ?? '') : undefined
  if (from)
    parts.push(
      fill(messages(language).changes.carried, { phase: textIn(from.label, language) }, language),
    )
  if (changed) {
    const previous = dataset.phases[(dataset.phaseIndex.get(phase) ?? 0) - 1]
    parts.push(fill(strings.changedSince, { phase: previous?.label[language] ?? '' }, language))
  }
  return parts.join(messages(language).punctuation.listSeparator)
}

/** A generated one-paragraph summary of the matrix for screen readers, saying how many stances are carried. */
export function describeMatrix(dataset: Dataset, language: Language, model: MatrixModel): string {
  // One pass, no arrays: a large matrix has 50 000 cells and is described on every phase change.
  let known = 0
  let onTable = 0
  let changed = 0
  let carried = 0
  for (const { cell, changed: isChanged } of model.cells) {
    if (cell.kind === 'stance') onTable += 1
    if (cell.kind === 'stance' && cell.value !== 'unknown') known += 1
    if (cell.kind === 'stance' && cell.carried) carried += 1
    if (isChanged) changed += 1
  }
  const summary = fill(
    messages(language).ui.matrixSummary,
    {
      parties: model.rows.length,
      measures: model.columns.length,
      phase: dataset.phaseById.get(model.phase)?.label[language] ?? model.phase,
      known,
      cells: onTable,
      changed,
    },
    language,
  )
  return carried === 0
    ? summary
    : `${summary} ${fill(messages(language).changes.summaryCarried, { count: carried }, language)}`
}
