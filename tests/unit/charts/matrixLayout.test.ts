import { describe, expect, test } from 'vitest'
import { MATRIX_SIZES, matrixLayout } from '../../../src/charts/stance-matrix/layout.ts'
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
    columnLabel: (id) => data.measureById.get(id)?.title.en ?? id,
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
            48,
          ],
          [
            "wait",
            104,
          ],
          [
            "brake",
            160,
          ],
          [
            "vote",
            226,
          ],
        ],
        "headerHeight": 111,
        "height": 331,
        "rows": [
          [
            "red",
            135,
          ],
          [
            "blue",
            191,
          ],
          [
            "green",
            271,
          ],
        ],
        "width": 768,
      }
    `)
  })
})
