import { type KeyboardEvent, useState } from 'react'
import { moveGridFocus } from '../charts/stance-matrix/gridFocus.ts'
import { STANCE_GLYPHS } from '../charts/stancePalette.ts'
import type { RawDataset, RawStance } from '../data/schema.ts'
import { STANCE_VALUES } from '../data/vocabularies.ts'
import { en } from '../i18n/en.ts'
import { recordIds } from './recordIds.ts'
import './StanceGrid.css'

/** A cell of the grid: one party and one measure at the grid's phase. */
export type Cell = { party: string; measure: string }

type Props = {
  raw: RawDataset
  phase: string
  cell: Cell | null
  onChoose: (cell: Cell) => void
}

const cellId = (row: number, column: number) => `ed-cell-${row}-${column}`

/**
 * The stances of one phase on a grid shaped like the matrix: parties × measures, one button a
 * cell with the reader's glyph and colour. One tab stop; the arrows, Home and End move in it.
 */
export function StanceGrid({ raw, phase, cell, onChoose }: Props) {
  const parties = recordIds(raw, 'parties')
  const measures = recordIds(raw, 'measures')
  const phases = recordIds(raw, 'phases')
  const at = phases.indexOf(phase)
  const stances = new Map<string, RawStance>()
  for (const s of Array.isArray(raw.stances) ? raw.stances : [])
    if (s?.phase === phase) stances.set(`${s.party}|${s.measure}`, s)
  const proposedAt = new Map(
    (Array.isArray(raw.measures) ? raw.measures : []).map((m) => [
      m?.id,
      phases.indexOf(String(m?.proposedAt)),
    ]),
  )
  const chosenRow = cell ? parties.indexOf(cell.party) : -1
  const chosenColumn = cell ? measures.indexOf(cell.measure) : -1
  const [stop, setStop] = useState({ row: 0, column: 0 })
  const tabRow = chosenRow >= 0 ? chosenRow : Math.min(stop.row, parties.length - 1)
  const tabColumn = chosenColumn >= 0 ? chosenColumn : Math.min(stop.column, measures.length - 1)
  const onKeyDown = (event: KeyboardEvent, row: number, column: number) => {
    const size = { rows: parties.length, columns: measures.length }
    const next = moveGridFocus({ row, column }, event.key, size, event.ctrlKey || event.metaKey)
    if (!next) return
    event.preventDefault()
    // The grid has no header stops: a move onto a header stays on the edge cell.
    const target = { row: Math.max(0, next.row), column: Math.max(0, next.column) }
    setStop(target)
    document.getElementById(cellId(target.row, target.column))?.focus()
  }
  return (
    <>
      <p className="ed-hint">
        Arrow keys move between the cells, Home and End to a row’s ends; Enter opens one.
      </p>
      <ul className="ed-legend" aria-label="Marks">
        {STANCE_VALUES.map((value) => (
          <li key={value} className="ed-legend-item">
            <span className="ed-mark" data-position={value} aria-hidden="true">
              {STANCE_GLYPHS[value]}
            </span>
            {en.positions[value]}
          </li>
        ))}
        <li className="ed-legend-item">
          <span className="ed-mark" data-position="none" aria-hidden="true" />
          no stance
        </li>
        <li className="ed-legend-item">
          <span className="ed-mark" data-position="off" aria-hidden="true">
            —
          </span>
          not on the table yet
        </li>
      </ul>
      <div className="ed-grid-frame">
        <table className="ed-grid">
          <caption className="visually-hidden">Stances at phase {phase}</caption>
          <thead>
            <tr>
              <th scope="col">Party</th>
              {measures.map((m) => (
                <th key={m} scope="col">
                  <span className="ed-grid-measure" title={m}>
                    {m}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {parties.map((party, row) => (
              <tr key={party}>
                <th scope="row">{party}</th>
                {measures.map((measure, column) => {
                  const off = at < (proposedAt.get(measure) ?? -1)
                  const position = off ? undefined : stances.get(`${party}|${measure}`)?.position
                  const chosen = row === chosenRow && column === chosenColumn
                  const state = off ? 'not on the table yet' : (position ?? 'no stance')
                  return (
                    <td key={measure}>
                      <button
                        type="button"
                        id={cellId(row, column)}
                        className="ed-cell ed-mark"
                        data-position={off ? 'off' : (position ?? 'none')}
                        tabIndex={row === tabRow && column === tabColumn ? 0 : -1}
                        aria-pressed={chosen}
                        aria-disabled={off || undefined}
                        aria-label={`${party} on ${measure}: ${state}`}
                        onClick={() => {
                          setStop({ row, column })
                          if (!off) onChoose({ party, measure })
                        }}
                        onKeyDown={(e) => onKeyDown(e, row, column)}
                      >
                        {off ? '—' : position ? (STANCE_GLYPHS[position] ?? '!') : ''}
                      </button>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
