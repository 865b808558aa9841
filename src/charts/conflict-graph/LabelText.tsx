import type { PlacedText } from './labelPlacement.ts'

/** A placed label: one `<text>`, a `<tspan>` per line when it has more than one. */
export function LabelText({ label, className }: { label: PlacedText; className: string }) {
  const [first, ...rest] = label.lines
  if (!first) return null
  return (
    <text className={className} x={label.x} y={first.y} textAnchor={label.anchor}>
      {rest.length === 0
        ? first.text
        : label.lines.map((line) => (
            <tspan key={line.y} x={label.x} y={line.y}>
              {line.text}
            </tspan>
          ))}
    </text>
  )
}
