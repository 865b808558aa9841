import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import {
  columnTitleAnchor,
  type LaidColumn,
  MATRIX_SIZES,
  matrixLayout,
} from '../../../src/charts/stance-matrix/layout.ts'
import { measureTitles } from '../../../src/charts/stance-matrix/measureTitles.ts'
import { safeTextWidth } from '../../../src/charts/textWidth.ts'
import { type Dataset, indexDataset } from '../../../src/data/indexDataset.ts'
import type { Language } from '../../../src/data/languages.ts'
import { parseDatasetText } from '../../../src/data/parseDatasetText.ts'
import { matrixModel } from '../../../src/model/matrixModel.ts'
import { loadTestland } from '../../support/testland.ts'

const data = loadTestland()
const model = matrixModel(data, {
  phase: 'end',
  topics: [],
  sortBy: 'side',
  showSilentParties: false,
  rule: 'carried',
})
const layoutAt = (width: number, grouped = true) =>
  matrixLayout(model, {
    width,
    rowLabel: (id) => data.partyById.get(id)?.shortName ?? id,
    columnTitles: measureTitles(data, 'en'),
    groupLabel: grouped ? (side) => side : null,
  })

describe('matrixLayout', () => {
  test.each([300, 360, 768, 1280])(
    'matrixLayout(%ipx) never lets rotated column headers overlap',
    (width) => {
      const layout = layoutAt(width)
      const angle = (MATRIX_SIZES.headerAngle * Math.PI) / 180
      for (let i = 1; i < layout.columns.length; i++) {
        const gap = (layout.columns[i]?.x ?? 0) - (layout.columns[i - 1]?.x ?? 0)
        // Perpendicular distance between parallel rotated baselines must exceed the text height.
        expect(gap * Math.sin(angle)).toBeGreaterThanOrEqual(MATRIX_SIZES.font * 1.2)
      }
    },
  )

  test('matrixLayout keeps cells at least a tap target wide, scrolling instead of squeezing at 300px', () => {
    const layout = layoutAt(300)
    expect(layout.cellSize).toBeGreaterThanOrEqual(MATRIX_SIZES.minCell)
    const right = Math.max(...layout.columns.map((c) => c.x + layout.cellSize))
    expect(layout.width).toBeGreaterThanOrEqual(right)
  })

  test.each([420, 768, 1280])(
    'matrixLayout(%ipx) fits cells and leaning headers without sideways scrolling',
    (width) => {
      expect(layoutAt(width).width).toBe(width)
    },
  )

  test('matrixLayout separates topics with a gap and coalition from opposition with a group label', () => {
    const layout = layoutAt(1280)
    const [cap, wait, brake, vote] = layout.columns.map((c) => c.x)
    expect((wait ?? 0) - (cap ?? 0)).toBe(layout.cellSize)
    expect((vote ?? 0) - (brake ?? 0)).toBe(layout.cellSize + MATRIX_SIZES.topicGap)
    expect(layout.groups.map((g) => g.side)).toEqual(['coalition', 'opposition'])
    expect(layout.rows[2]?.y).toBe(
      (layout.rows[1]?.y ?? 0) + layout.cellSize + MATRIX_SIZES.groupLabel,
    )
  })

  test('matrixLayout without groups (sorted by agreement) stacks rows directly', () => {
    const layout = layoutAt(1280, false)
    expect(layout.groups).toEqual([])
    expect(layout.rows.map((r) => r.y - layout.headerHeight)).toEqual([
      0,
      layout.cellSize,
      2 * layout.cellSize,
    ])
  })

  test('matrixLayout is deterministic (snapshot of rounded geometry)', () => {
    const layout = layoutAt(768)
    expect({
      width: layout.width,
      height: layout.height,
      cellSize: layout.cellSize,
      headerHeight: layout.headerHeight,
      columns: layout.columns.map((c) => [c.measureId, c.x]),
      rows: layout.rows.map((r) => [r.partyId, r.y]),
    }).toMatchInlineSnapshot(`
      {
        "cellSize": 56,
        "columns": [
          [
            "cap",
            60,
          ],
          [
            "wait",
            116,
          ],
          [
            "brake",
            172,
          ],
          [
            "vote",
            238,
          ],
        ],
        "headerHeight": 138,
        "height": 358,
        "rows": [
          [
            "red",
            162,
          ],
          [
            "blue",
            218,
          ],
          [
            "green",
            298,
          ],
        ],
        "width": 768,
      }
    `)
  })
})

describe('matrixLayout labels (issues 15, 17 item 6, 18 item 10)', () => {
  const bundled = (file: string) => {
    const parsed = parseDatasetText(readFileSync(`data/${file}`, 'utf8'))
    if (!parsed.ok) throw new Error(`${file} is invalid`)
    return parsed.value
  }
  const layoutOf = (dataset: Dataset, language: Language, width: number) =>
    matrixLayout(
      matrixModel(dataset, {
        phase: dataset.phases.at(-1)?.id ?? '',
        topics: [],
        sortBy: 'side',
        showSilentParties: true,
        rule: 'carried',
      }),
      {
        width,
        rowLabel: (id) => dataset.partyById.get(id)?.shortName ?? id,
        columnTitles: measureTitles(dataset, language),
        groupLabel: (side) => side,
      },
    )

  test.each([
    ['rutte4-asylum-2023.json', 'nl'],
    ['rutte4-asylum-2023.json', 'en'],
    ['schoof-asylum-2025.json', 'nl'],
    ['schoof-asylum-2025.json', 'en'],
  ] as const)(
    'matrixLayout(%s, %s) cuts no title and gives long ones their short form',
    (file, language) => {
      const dataset = bundled(file)
      for (const width of [320, 720]) {
        const layout = layoutOf(dataset, language, width)
        for (const column of layout.columns) {
          const measure = dataset.measureById.get(column.measureId)
          expect(column.lines.join(' ')).not.toContain('…')
          expect(column.fullLabel).toBe(measure?.title[language])
          // Every bundled measure has a short title: a long title gives way to it, whole (its soft
          // hyphens dropped: a slanted title does not break).
          if (column.lines.join(' ') !== measure?.title[language])
            expect(column.lines).toEqual([
              measure?.shortTitle?.[language]?.replaceAll('\u00ad', ''),
            ])
        }
      }
    },
  )

  test('matrixLayout reserves the longest title with the reader’s text spacing above the grid', () => {
    const layout = layoutOf(bundled('schoof-asylum-2025.json'), 'nl', 720)
    const sin = Math.sin((MATRIX_SIZES.headerAngle * Math.PI) / 180)
    for (const line of layout.columns.flatMap((c) => c.lines))
      expect(layout.headerHeight).toBeGreaterThan(safeTextWidth(line, MATRIX_SIZES.font) * sin)
  })

  test('matrixLayout gives a 12-character party name, in bold and spaced out, room before the first cell', () => {
    const renamed = indexDataset({
      ...data,
      parties: data.parties.map((p) =>
        p.id === 'green' ? { ...p, shortName: 'Grünen/Bündnis' } : p,
      ),
    })
    const layout = matrixLayout(
      matrixModel(renamed, {
        phase: 'end',
        topics: [],
        sortBy: 'side',
        showSilentParties: false,
        rule: 'carried',
      }),
      {
        width: 360,
        rowLabel: (id) => renamed.partyById.get(id)?.shortName ?? id,
        columnTitles: measureTitles(renamed, 'en'),
        groupLabel: null,
      },
    )
    const name = safeTextWidth('Grünen/Bündnis', MATRIX_SIZES.font, true)
    expect(layout.rowHeaderWidth).toBeGreaterThanOrEqual(MATRIX_SIZES.rowLabelX + name + 4)
    expect(layout.columns[0]?.x).toBe(layout.rowHeaderWidth)
  })

  test('matrixLayout wraps a long title without a short form onto two lines when cells are wide', () => {
    const long = 'A measure whose title is far too long for one slanted line'
    const layout = matrixLayout(model, {
      width: 1280,
      rowLabel: (id) => id,
      columnTitles: (id) => ({ title: id === 'cap' ? long : id, shortTitle: null }),
      groupLabel: null,
    })
    expect(layout.cellSize).toBe(MATRIX_SIZES.maxCell)
    expect(layout.columns[0]?.lines).toEqual([
      'A measure whose title is far',
      'too long for one slanted line',
    ])
  })

  test('matrixLayout right to left mirrors every column: the first beside the row headers at the right', () => {
    const ltr = layoutAt(360)
    const rtl = matrixLayout(model, {
      width: 360,
      rowLabel: (id) => data.partyById.get(id)?.shortName ?? id,
      columnTitles: measureTitles(data, 'en'),
      groupLabel: (side) => side,
      direction: 'rtl',
    })
    expect(rtl.direction).toBe('rtl')
    expect(rtl.width).toBe(ltr.width)
    // Column i's right edge stands where its left edge stood, counted from the other side.
    rtl.columns.forEach((column, i) => {
      expect(column.x + rtl.cellSize).toBe(rtl.width - (ltr.columns[i]?.x ?? Number.NaN))
    })
    expect((rtl.columns[0]?.x ?? 0) + rtl.cellSize).toBe(rtl.width - rtl.rowHeaderWidth)
    // Topics and rows: the same rules mirrored, the same rows.
    expect(rtl.topics.map((t) => [rtl.width - t.x1, rtl.width - t.x0])).toEqual(
      ltr.topics.map((t) => [t.x0, t.x1]),
    )
    expect(rtl.rows).toEqual(ltr.rows)
    expect(columnTitleAnchor(rtl.columns[0] as LaidColumn, rtl).rotate).toMatch(/^rotate\(50 /)
  })
})
