import type { ReactNode } from 'react'
import './fields.css'

/** A field's label above its control; a hint, when given, is tied to the control by id. */
export function Labelled({
  id,
  label,
  hint,
  children,
}: {
  id: string
  label: ReactNode
  hint?: string | undefined
  children: ReactNode
}) {
  return (
    <div className="ed-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="ed-hint">
          {hint}
        </p>
      ) : null}
    </div>
  )
}
