import { useContext } from 'react'
import type { Dataset } from '../../data/indexDataset.ts'
import { type Language, textIn } from '../../data/languages.ts'
import { UpdatedCells, updatedCellKey } from '../../hooks/updatedCells.ts'
import type { MatrixModel } from '../../model/matrixModel.ts'
import { messages } from '../../ui/strings.ts'
import { STANCE_GLYPHS } from '../stancePalette.ts'
import { UiText } from '../UiText.tsx'
import './StanceTable.css'

type Props = {
  dataset: Dataset
  language: Language
  model: MatrixModel
  caption: string
  columnLabel: (measureId: string) => string
  /** The rows to show, `[first, end)`; all when absent. */
  rows?: readonly [number, number]
}

/** The matrix as a real table: the same model, read row by row by any screen reader or copied into a sheet. */
export function StanceTable({ dataset, language, model, caption, columnLabel, rows }: Props) {
  const strings = messages(language).ui
  const [first, end] = rows ?? [0, model.rows.length]
  const updatedCells = useContext(UpdatedCells)
  return (
    // A wide table scrolls sideways; as a focusable region keyboard users can scroll it too.
    <section className="stance-table-frame" tabIndex={0} aria-label={caption}>
      <table className="stance-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {model.columns.map((c) => (
              <th key={c.measure.id} scope="col">
                {columnLabel(c.measure.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.slice(first, end).map((row, i) => {
            const r = first + i
            return (
              <tr key={row.party.id}>
                <th scope="row">{row.party.shortName}</th>
                {model.columns.map((column, c) => {
                  const cell = model.cells[r * model.columns.length + c]?.cell
                  if (!cell || cell.kind === 'not-on-table')
                    return (
                      <td key={column.measure.id} className="is-absent">
                        <UiText language={language} text={strings.notOnTable} />
                      </td>
                    )
                  const confidence = cell.stance?.confidence
                  const from = cell.carried && dataset.phaseById.get(cell.stance?.phase ?? '')
                  // The table is read, not watched: a live update's change is said in words.
                  const updated = updatedCells.has(updatedCellKey(row.party.id, column.measure.id))
                  return (
                    <td
                      key={column.measure.id}
                      className={`pos-text-${cell.value}${from ? ' is-carried' : ''}${updated ? ' is-updated' : ''}`}
                    >
                      <span aria-hidden="true">{STANCE_GLYPHS[cell.value]} </span>
                      <UiText language={language} text={messages(language).positions[cell.value]} />
                      {confidence && confidence !== 'on-record' && (
                        <small>
                          {' '}
                          (
                          <UiText
                            language={language}
                            text={messages(language).confidence[confidence]}
                          />
                          )
                        </small>
                      )}
                      {from && (
                        <small>
                          {' '}
                          (
                          <UiText
                            language={language}
                            text={messages(language).changes.carried}
                            values={{
                              phase: textIn(from.label, language),
                            }}
                          />
                          )
                        </small>
                      )}
                      {updated && (
                        <small className="cell-updated">
                          {' '}
                          (<UiText language={language} text={strings.liveCellChanged} />)
                        </small>
                      )}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
