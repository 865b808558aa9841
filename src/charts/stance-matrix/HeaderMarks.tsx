import { PerTheme } from '../PerTheme.tsx'
import { estimateTextWidth } from '../textWidth.ts'
import type { LaidColumn, LaidRow, MatrixLayout } from './layout.ts'
import { columnTitleAnchor, MATRIX_SIZES } from './layout.ts'
import { fromLineStart } from './mirrorLayout.ts'
import './StanceMatrix.css'

const { lineHeight, font } = MATRIX_SIZES

/**
 * What a column header shows: its title slanted, on one line or two, and the ring drawn when
 * it has focus (slanted with it, around the whole title).
 */
export function ColumnHeaderMarks({
  column,
  layout,
}: {
  column: LaidColumn
  layout: MatrixLayout
}) {
  const { lines } = column
  const { x, y, rotate } = columnTitleAnchor(column, layout)
  const run = Math.max(...lines.map((line) => estimateTextWidth(line, font))) * 1.1
  const block = lines.length * lineHeight
  // The text runs from x in the reading direction (the SVG's direction): the ring with it.
  const ringX = layout.direction === 'rtl' ? x - run - 6 : x - 6
  return (
    <>
      <rect
        className="header-ring"
        transform={rotate}
        x={ringX}
        y={y - lineHeight / 2 - 4}
        width={run + 12}
        height={block + 8}
        rx={3}
      />
      {lines.map((line, i) => (
        <text
          // biome-ignore lint/suspicious/noArrayIndexKey: a title's lines keep their order
          key={i}
          className="matrix-column-label"
          transform={rotate}
          x={x}
          y={y + i * lineHeight}
        >
          {line}
        </text>
      ))}
    </>
  )
}

type RowMarksProps = {
  row: LaidRow
  layout: MatrixLayout
  colour: { light: string; dark: string }
}

/** What a row header shows: the party's colour chip (per theme), its name and the focus ring. */
export function RowHeaderMarks({ row, layout, colour }: RowMarksProps) {
  const { cellSize } = layout
  // Right to left, the chip and the name start at the right edge (the SVG's text direction).
  const at = (x: number, width = 0) =>
    fromLineStart(layout, x) - (layout.direction === 'rtl' ? width : 0)
  return (
    <>
      <rect
        className="header-ring"
        x={at(1, layout.rowHeaderWidth - 4)}
        y={row.y + 2}
        width={layout.rowHeaderWidth - 4}
        height={cellSize - 4}
      />
      <PerTheme colours={colour}>
        {(fill, themeClass) => (
          <rect
            className={themeClass}
            x={at(4, 6)}
            y={row.y + cellSize / 2 - 5}
            width={6}
            height={10}
            fill={fill}
          />
        )}
      </PerTheme>
      <text className="matrix-row-label" x={at(MATRIX_SIZES.rowLabelX)} y={row.y + cellSize / 2}>
        {row.label}
      </text>
    </>
  )
}

/** The rule under each topic's column headers. */
export function TopicRules({ layout }: { layout: MatrixLayout }) {
  const y = layout.headerHeight - 6
  return layout.topics.map((t) => (
    <line key={t.topicId} className="matrix-topic-rule" x1={t.x0 + 2} x2={t.x1 - 2} y1={y} y2={y} />
  ))
}

/** The class of a header group: selected, and bold for coalition rows. */
export function headerClass(selected: boolean, coalition = false): string {
  return `matrix-header${selected ? ' is-selected' : ''}${coalition ? ' is-coalition' : ''}`
}
