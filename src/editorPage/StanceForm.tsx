import type { RawDataset, RawStance } from '../data/schema.ts'
import { fieldId } from '../editor/editPath.ts'
import { FieldControl } from './FieldControl.tsx'
import { STANCE_SPEC } from './recordSpecs.ts'
import type { Cell } from './StanceGrid.tsx'
import type { Edits } from './useEditorDocument.ts'
import './fields/fields.css'
import './StanceGrid.css'

type Props = { raw: RawDataset; phase: string; cell: Cell; edits: Edits }

/** The chosen cell's stance: position, confidence, summary per language and sources; or a button to add one. */
export function StanceForm({ raw, phase, cell, edits }: Props) {
  const stances = Array.isArray(raw.stances) ? raw.stances : []
  const index = stances.findIndex(
    (s) => s?.party === cell.party && s.measure === cell.measure && s.phase === phase,
  )
  const stance = stances[index]
  const heading = `${cell.party} on ${cell.measure} at ${phase}`
  if (!stance)
    return (
      <section className="ed-stance" aria-label={heading}>
        <h3>{heading}</h3>
        <p>No stance recorded for this cell.</p>
        <button type="button" onClick={() => edits.replace((r) => withStance(r, cell, phase))}>
          Add stance
        </button>
      </section>
    )
  const path = ['stances', index] as const
  const record = stance as unknown as Record<string, unknown>
  const stanceEdits: Edits = {
    ...edits,
    // An unknown position has no confidence (the format's rule): leaving it would be a problem.
    edit: (at, value, key) =>
      at.at(-1) === 'position' && value === 'unknown'
        ? edits.replace((r) => {
            const { confidence: _dropped, ...rest } = r.stances[index] ?? stance
            const next = [...r.stances]
            next[index] = { ...rest, position: 'unknown' }
            return { ...r, stances: next }
          })
        : edits.edit(at, value, key),
  }
  return (
    <section className="ed-stance" aria-label={heading}>
      <h3>{heading}</h3>
      <div className="ed-form" id={fieldId(path)} tabIndex={-1}>
        {STANCE_SPEC.map((spec) => (
          <FieldControl
            key={spec.key}
            spec={spec}
            path={path}
            record={record}
            raw={raw}
            edits={stanceEdits}
          />
        ))}
        <button
          type="button"
          onClick={() =>
            edits.replace((r) => ({ ...r, stances: r.stances.filter((_, i) => i !== index) }))
          }
        >
          Remove stance
        </button>
      </div>
    </section>
  )
}

/** Adds an unknown stance for a cell after the party's other stances, so the file stays grouped. */
function withStance(raw: RawDataset, cell: Cell, phase: string): RawDataset {
  const languages = raw.meta.languages ?? []
  const stance = {
    party: cell.party,
    measure: cell.measure,
    phase,
    position: 'unknown' as const,
    summary: Object.fromEntries(languages.map((tag) => [tag, ''])),
    sources: [],
  }
  const stances = raw.stances ?? []
  const lastWhere = (test: (s: RawStance) => boolean) =>
    stances.reduce((found, s, i) => (test(s) ? i : found), -1)
  let after = lastWhere((s) => s.party === cell.party && s.measure === cell.measure)
  if (after < 0) after = lastWhere((s) => s.party === cell.party)
  const at = after < 0 ? stances.length : after + 1
  return { ...raw, stances: [...stances.slice(0, at), stance, ...stances.slice(at)] }
}
