import type { ReactNode } from 'react'
import { fieldId, type Path } from '../../editor/editPath.ts'
import type { Edits } from '../useEditorDocument.ts'
import './fields.css'

type Props = {
  label: string
  /** The item's noun, for its legend and buttons: "role", "quote". */
  noun: string
  path: Path
  value: unknown
  edits: Edits
  /** A new, empty item. */
  make: () => unknown
  /** An empty list is left out of the record (an optional list, as the format means it). */
  optional?: boolean | undefined
  item: (path: Path, value: unknown, index: number) => ReactNode
}

/** A list of small records (roles, corrections, quotes): each in its own group, added and removed in place. */
export function ListField({ label, noun, path, value, edits, make, optional, item }: Props) {
  const items = Array.isArray(value) ? (value as unknown[]) : []
  const set = (next: unknown[]) =>
    edits.edit(path, optional && next.length === 0 ? undefined : next)
  return (
    <fieldset className="ed-field ed-list" id={fieldId(path)}>
      <legend>{label}</legend>
      {items.length === 0 ? <p className="ed-hint">None yet.</p> : null}
      {items.map((entry, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the items have no ids; their place is their identity
        <fieldset key={i} className="ed-field ed-item" id={fieldId([...path, i])}>
          <legend>
            {noun[0]?.toUpperCase()}
            {noun.slice(1)} {i + 1}
          </legend>
          {item([...path, i], entry, i)}
          <button
            type="button"
            className="ed-remove"
            onClick={() => set(items.filter((_, j) => j !== i))}
          >
            Remove {noun} {i + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => set([...items, make()])}>
        Add {noun}
      </button>
    </fieldset>
  )
}
