import type { RawDataset, RawStance } from '../data/schema.ts'
import { recordIds } from './recordIds.ts'

/** A cell of the grid: one party and one measure at the grid's phase. */
export type Cell = { party: string; measure: string }

const MARK: Record<string, string> = {
  supports: 'S',
  conditional: 'C',
  undecided: 'U',
  opposes: 'O',
  'red-line': 'R',
  unknown: '?',
}

type Props = {
  raw: RawDataset
  phase: string
  cell: Cell | null
  onChoose: (cell: Cell) => void
}

/** The stances of one phase on a grid shaped like the matrix: parties × measures, one button per cell. */
export function StanceGrid({ raw, phase, cell, onChoose }: Props) {
  const parties = recordIds(raw, 'parties')
  const measures = recordIds(raw, 'measures')
  const phases = recordIds(raw, 'phases')
  const at = phases.indexOf(phase)
  const stances = new Map<string, RawStance>()
  for (const s of Array.isArray(raw.stances) ? raw.stances : [])
    if (s?.phase === phase) stances.set(`${s.party}|${s.measure}`, s)
  const measureRecord = (id: string) => raw.measures.find((m) => m?.id === id)
  return (
    <div className="ed-grid-frame">
      <table className="ed-grid">
        <caption>
          Stances at phase {phase}: S supports, C conditional, U undecided, O opposes, R red line, ?
          unknown, · none; — not on the table yet
        </caption>
        <thead>
          <tr>
            <th scope="col">Party</th>
            {measures.map((m) => (
              <th key={m} scope="col">
                <span className="ed-grid-measure">{m}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {parties.map((party) => (
            <tr key={party}>
              <th scope="row">{party}</th>
              {measures.map((measure) => {
                const proposedAt = phases.indexOf(String(measureRecord(measure)?.proposedAt))
                if (at < proposedAt)
                  return (
                    <td key={measure} className="ed-off">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">not on the table yet</span>
                    </td>
                  )
                const stance = stances.get(`${party}|${measure}`)
                const position = stance?.position
                const chosen = cell?.party === party && cell.measure === measure
                return (
                  <td key={measure}>
                    <button
                      type="button"
                      className="ed-cell"
                      data-position={position ?? 'none'}
                      aria-pressed={chosen}
                      aria-label={`${party} on ${measure}: ${position ?? 'no stance'}`}
                      onClick={() => onChoose({ party, measure })}
                    >
                      {position ? (MARK[position] ?? '!') : '·'}
                    </button>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
