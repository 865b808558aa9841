import type { KeyRow } from './keyRows.ts'
import { LabelText } from './LabelText.tsx'
import { MARKER_RADIUS } from './placeLabels.ts'
import './ConflictGraph.css'

/** A numbered disc on an arrow whose label found no room beside it; the key below says it. */
export function RelationMarker({ marker }: { marker: { x: number; y: number; number: number } }) {
  return (
    <g className="relation-marker">
      <circle cx={marker.x} cy={marker.y} r={MARKER_RADIUS} />
      <text x={marker.x} y={marker.y} textAnchor="middle" dominantBaseline="central">
        {marker.number}
      </text>
    </g>
  )
}

/**
 * The markers' key under the drawing. Hidden from screen readers: each arrow's own name already
 * says who did what to whom.
 */
export function GraphKey({ rows }: { rows: readonly KeyRow[] }) {
  if (rows.length === 0) return null
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group, never focusable
    <g className="graph-key" aria-hidden="true">
      {rows.map((row) => (
        <g key={row.number}>
          <RelationMarker marker={row} />
          <LabelText className="graph-key-text" label={row.text} />
        </g>
      ))}
    </g>
  )
}
