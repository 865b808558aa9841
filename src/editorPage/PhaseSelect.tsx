import type { RawDataset } from '../data/schema.ts'
import { recordIds } from './recordIds.ts'

type Props = {
  id: string
  label: string
  raw: RawDataset
  phase: string
  onPhase: (phase: string) => void
}

/** Chooses the phase the grid and the preview show. */
export function PhaseSelect({ id, label, raw, phase, onPhase }: Props) {
  return (
    <div className="ed-row">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={phase} onChange={(e) => onPhase(e.target.value)}>
        {recordIds(raw, 'phases').map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </div>
  )
}
