import type { GraphLayout } from './layout.ts'

type Props = { layout: GraphLayout; dim: (...partyIds: string[]) => string }

/**
 * The pairs' lines and the relations' arrows, painted under the parties. Only paint: each line's
 * focusable item comes later in the document, in the keyboard's order (see ConflictGraph).
 */
export function GraphLines({ layout, dim }: Props) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group, never focusable
    <g className="graph-lines" aria-hidden="true">
      {layout.pairs.map((p) => (
        <line
          key={`${p.edge.a}|${p.edge.b}`}
          className={`pair-line is-${p.kind}${dim(p.edge.a, p.edge.b)}`}
          x1={p.x1}
          y1={p.y1}
          x2={p.x2}
          y2={p.y2}
          strokeWidth={p.width}
        />
      ))}
      {layout.relations.map((r) => (
        <path
          key={`${r.edge.from}>${r.edge.to}`}
          className={`relation-path${dim(r.edge.from, r.edge.to)}`}
          d={r.path}
          markerEnd="url(#arrowhead)"
        />
      ))}
    </g>
  )
}
