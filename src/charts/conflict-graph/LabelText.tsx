import { Fragment } from 'react'
import type { PlacedText } from './labelPlacement.ts'

/**
 * A placed label: a group with one `<text>` per line, and a space between them in the group,
 * where SVG draws no text. So the label's text reads "ultimatum threat", not "ultimatumthreat",
 * and matches the mark's name (WCAG 2.5.3: a voice user says what they see); a space inside a
 * `<text>` would be drawn, and shift its line off its anchor.
 */
export function LabelText({
  label,
  className,
  lang,
}: {
  label: PlacedText
  className: string
  /** The label's language where it is not the page's (a relation's kind is the interface's word). */
  lang?: string | undefined
}) {
  return (
    <g className={className} lang={lang}>
      {label.lines.map((line, i) => (
        <Fragment key={line.y}>
          {i > 0 && ' '}
          <text x={label.x} y={line.y} textAnchor={label.anchor}>
            {line.text}
          </text>
        </Fragment>
      ))}
    </g>
  )
}
