import type { RawDataset } from '../data/schema.ts'
import { PhaseSelect } from './PhaseSelect.tsx'
import { StanceForm } from './StanceForm.tsx'
import { type Cell, StanceGrid } from './StanceGrid.tsx'
import type { Edits } from './useEditorDocument.ts'

type Props = {
  raw: RawDataset
  phase: string
  onPhase: (phase: string) => void
  cell: Cell | null
  onCell: (cell: Cell) => void
  edits: Edits
}

/** The stances of a phase: the grid, and the chosen cell's stance beneath it. */
export function StancesSection({ raw, phase, onPhase, cell, onCell, edits }: Props) {
  return (
    <section aria-labelledby="stances-heading">
      <h2 id="stances-heading">Stances</h2>
      <PhaseSelect
        id="grid-phase"
        label="Phase (grid and preview)"
        raw={raw}
        phase={phase}
        onPhase={onPhase}
      />
      <StanceGrid raw={raw} phase={phase} cell={cell} onChoose={onCell} />
      {cell ? (
        <StanceForm raw={raw} phase={phase} cell={cell} edits={edits} />
      ) : (
        <p className="ed-hint">Choose a cell to edit its stance.</p>
      )}
    </section>
  )
}
