import { columnTitleAnchor, MATRIX_SIZES, matrixLayout } from '../charts/stance-matrix/layout.ts'
import { STANCE_GLYPHS, STANCE_PALETTE } from '../charts/stancePalette.ts'
import { partyColour } from '../data/colour.ts'
import type { Dataset } from '../data/indexDataset.ts'
import { type Language, textIn } from '../data/languages.ts'
import { atTheTable } from '../data/vocabularies.ts'
import { matrixModel } from '../model/matrixModel.ts'
import type { StanceCell } from '../model/stanceCell.ts'
import { messages } from '../ui/strings.ts'
import { COLOURS, escapeXml, round, textAt } from './svgMarkup.ts'

/** The matrix on the card is never drawn larger than this (px per px of the page's layout). */
const MAX_SCALE = 1.6

/** A rectangle of the card. */
export type Box = { x: number; y: number; width: number; height: number }

/** The matrix as the page lays it out, drawn with the light theme's colours and scaled into `box`. */
export function matrixMarks(
  dataset: Dataset,
  language: Language,
  phase: string,
  box: Box,
): { svg: string; width: number } {
  const model = matrixModel(dataset, {
    phase,
    topics: [],
    sortBy: 'side',
    showSilentParties: false,
    rule: 'carried',
  })
  const layout = matrixLayout(model, {
    width: 720,
    rowLabel: (id) => dataset.partyById.get(id)?.shortName ?? id,
    // The short titles, where the desk wrote them: the card has little room for headers.
    columnTitles: (id) => {
      const measure = dataset.measureById.get(id)
      if (!measure) return { title: id, shortTitle: null }
      return { title: textIn(measure.shortTitle ?? measure.title, language), shortTitle: null }
    },
    groupLabel: (side) => messages(language).sides[side],
  })
  // Left a third of the width for the deck and the key, unless the matrix needs it.
  const scale = Math.min(MAX_SCALE, (box.width * 2) / 3 / layout.width, box.height / layout.height)
  const out: string[] = []
  const size = layout.cellSize
  // A group's label sits above its first row, as on the page.
  layout.groups.forEach((group, i) => {
    const next = layout.groups[i + 1]
    const first = layout.rows.find((r) => r.y > group.y && (!next || r.y < next.y))
    if (first)
      out.push(textAt(4, first.y - 8, 12, group.label.toUpperCase(), COLOURS.muted, 'bold'))
  })
  for (const column of layout.columns) {
    const { x, y, rotate } = columnTitleAnchor(column, layout)
    column.lines.forEach((line, i) => {
      const lineY = y + i * MATRIX_SIZES.lineHeight
      out.push(
        `<text x="${x}" y="${lineY}" font-size="13" fill="${COLOURS.fg}" transform="${rotate}">${escapeXml(line)}</text>`,
      )
    })
  }
  for (const row of layout.rows) {
    const party = dataset.partyById.get(row.partyId)
    const colour = party ? partyColour(party, 'light') : COLOURS.muted
    // Bold for every party at the table, and where the layout measured the name, as on the page.
    const weight = atTheTable(row.side) ? 'bold' : 'normal'
    out.push(`<rect x="4" y="${row.y + size / 2 - 6}" width="6" height="12" fill="${colour}"/>`)
    out.push(
      textAt(MATRIX_SIZES.rowLabelX, row.y + size / 2 + 5, 13, row.label, COLOURS.fg, weight),
    )
  }
  for (const { row, column, cell } of model.cells) {
    const x = layout.columns[column]?.x ?? 0
    const y = layout.rows[row]?.y ?? 0
    out.push(cellMarks(x, y, size, cell))
  }
  return {
    svg: `<g transform="translate(${round(box.x)} ${round(box.y)}) scale(${round(scale)})">${out.join('')}</g>`,
    width: layout.width * scale,
  }
}

/** One cell as the page's light theme draws it: a mark in its stance's colour and its glyph. */
function cellMarks(x: number, y: number, size: number, cell: StanceCell): string {
  const inset = 3
  const cx = x + size / 2
  const cy = y + size / 2
  if (cell.kind === 'not-on-table')
    return `<line x1="${cx - 4}" x2="${cx + 4}" y1="${cy}" y2="${cy}" stroke="${COLOURS.muted}" stroke-width="1.5"/>`
  const rect = `x="${x + inset + 1}" y="${y + inset + 1}" width="${size - 2 * inset - 2}" height="${size - 2 * inset - 2}" rx="3"`
  const glyph = (colour: string, weight = 'bold') =>
    `<text x="${cx}" y="${cy + 6}" font-size="17" font-weight="${weight}" text-anchor="middle" fill="${colour}">${escapeXml(STANCE_GLYPHS[cell.value])}</text>`
  if (cell.value === 'unknown')
    return `<rect ${rect} fill="none" stroke="${COLOURS.muted}" stroke-width="1.5" stroke-dasharray="2 3"/>${glyph(COLOURS.muted, 'normal')}`
  const { mark, glyph: onMark } = STANCE_PALETTE.light[cell.value]
  if (cell.carried)
    return `<rect ${rect} fill="${mark}" fill-opacity="0.25" stroke="${mark}" stroke-width="1.5"/>${glyph(COLOURS.fg)}`
  return `<rect ${rect} fill="${mark}"/>${glyph(onMark)}`
}
