import { PerTheme } from '../PerTheme.tsx'
import type { LaidColumn, LaidRow, MatrixLayout } from './layout.ts'
import { MATRIX_SIZES } from './layout.ts'

const RADIANS = (MATRIX_SIZES.headerAngle * Math.PI) / 180
/** Rough width of one header character (px at 13 px), for the focus ring around a slanted label. */
const CHAR_WIDTH = 7.5

/** What a column header shows: its slanted label and the ring drawn when it has focus. */
export function ColumnHeaderMarks({
  column,
  layout,
}: {
  column: LaidColumn
  layout: MatrixLayout
}) {
  const x = column.x + layout.cellSize / 2
  const y = layout.headerHeight - 12
  const run = column.label.length * CHAR_WIDTH
  return (
    <>
      <rect
        className="header-ring"
        x={x - 6}
        y={y - run * Math.sin(RADIANS) - 8}
        width={run * Math.cos(RADIANS) + 16}
        height={run * Math.sin(RADIANS) + 16}
      />
      <text
        className="matrix-column-label"
        transform={`rotate(${-MATRIX_SIZES.headerAngle} ${x} ${y})`}
        x={x}
        y={y}
      >
        {column.label}
      </text>
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
  return (
    <>
      <rect
        className="header-ring"
        x={1}
        y={row.y + 2}
        width={layout.rowHeaderWidth - 4}
        height={cellSize - 4}
      />
      <PerTheme colours={colour}>
        {(fill, themeClass) => (
          <rect
            className={themeClass}
            x={4}
            y={row.y + cellSize / 2 - 5}
            width={6}
            height={10}
            fill={fill}
          />
        )}
      </PerTheme>
      <text className="matrix-row-label" x={14} y={row.y + cellSize / 2}>
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
