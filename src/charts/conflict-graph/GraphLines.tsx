import type { Box } from './geometry.ts'
import type { GraphLayout } from './layout.ts'
import './ConflictGraph.css'

type Props = { layout: GraphLayout; dim: (...partyIds: string[]) => string }

/**
 * The pairs' lines and the relations' arrows, painted under the parties. Only paint: each line's
 * focusable item comes later in the document, in the keyboard's order (see ConflictGraph).
 * Between the two, a plate of the background under each label: in the middle of the ring no
 * spot is clear of every pair's line, and a line passing under a label must stop short of its
 * words, not run through them. Arrows never cross a label, so the plates leave them whole.
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
      {plates(layout).map((box) => (
        <rect
          key={`${box.left},${box.top}`}
          className="label-plate"
          x={box.left}
          y={box.top}
          width={box.right - box.left}
          height={box.bottom - box.top}
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

/** Every label's box, halo included: the parties' and the arrows'. */
const plates = (layout: GraphLayout): Box[] => [
  ...layout.nodes.map((n) => n.label.box),
  ...layout.relations.flatMap((r) => (r.label ? [r.label.box] : [])),
]
