import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { moveGridFocus } from '../../../src/charts/stance-matrix/gridFocus.ts'
import { MATRIX_SIZES, matrixLayout } from '../../../src/charts/stance-matrix/layout.ts'
import { measureTitles } from '../../../src/charts/stance-matrix/measureTitles.ts'
import {
  canTurn,
  nameParts,
  TURN_BREAKPOINTS,
  transposeFocus,
  turnClass,
  turnMatrix,
} from '../../../src/charts/stance-matrix/turnedMatrix.ts'
import { matrixModel } from '../../../src/model/matrixModel.ts'
import { loadTestland } from '../../support/testland.ts'

// Testland at its last phase: red, blue (coalition), green (opposition) × cap, wait, brake
// (topic family) and vote (topic process). "brake" has the short title "Brake" in English.
const data = loadTestland()
const modelFor = (sortBy: 'side' | 'red') =>
  matrixModel(data, {
    phase: 'end',
    topics: [],
    sortBy: sortBy === 'side' ? 'side' : { agreementWith: sortBy },
    showSilentParties: false,
    rule: 'carried',
  })
const layoutFor = (sortBy: 'side' | 'red') =>
  matrixLayout(modelFor(sortBy), {
    width: MATRIX_SIZES.widest,
    rowLabel: (id) => data.partyById.get(id)?.shortName ?? id,
    columnTitles: measureTitles(data, 'en'),
    groupLabel: sortBy === 'side' ? (side) => side : null,
  })

describe('turnMatrix', () => {
  test('turnMatrix makes measures the rows and parties the columns, in the same order', () => {
    const turned = turnMatrix(layoutFor('side'), measureTitles(data, 'en'))
    expect(turned.rows.map((r) => [r.measureId, r.title, r.shortTitle, r.topicStart])).toEqual([
      ['cap', 'Cap', null, false],
      ['wait', 'Waiting time', null, false],
      ['brake', 'Emergency brake', 'Brake', false],
      ['vote', 'Vote', null, true],
    ])
    expect(turned.columns.map((c) => [c.label, c.side, c.groupStart])).toEqual([
      ['RED', 'coalition', false],
      ['BLU', 'coalition', false],
      ['GRN', 'opposition', true],
    ])
    expect(turned.groups).toEqual([
      { side: 'coalition', label: 'coalition', first: 0, span: 2 },
      { side: 'opposition', label: 'opposition', first: 2, span: 1 },
    ])
    // "opposition" widens its one column by 52 px: three parties leave the titles room for it.
    expect(turned.stackedGroups).toBe(false)
  })

  test('turnMatrix sorted by agreement has no side groups', () => {
    const turned = turnMatrix(layoutFor('red'), measureTitles(data, 'en'))
    expect(turned.groups).toEqual([])
    expect(turned.stackedGroups).toBe(false)
    expect(turned.columns.some((c) => c.groupStart)).toBe(false)
  })
})

describe('nameParts', () => {
  test('nameParts splits a short name after each slash, so a narrow column can break it there', () => {
    expect(nameParts('CDU/CSU')).toEqual(['CDU/', 'CSU'])
    expect(nameParts('GL/PvdA')).toEqual(['GL/', 'PvdA'])
    expect(nameParts('VVD')).toEqual(['VVD'])
  })
})

describe('transposeFocus', () => {
  // The turned grid: 4 measures as rows, 3 parties as columns.
  const size = { rows: 4, columns: 3 }
  const move = (focus: { row: number; column: number }, key: string) => {
    const next = moveGridFocus(transposeFocus(focus), key, size)
    return next && transposeFocus(next)
  }

  test('in the turned grid ArrowDown goes to the next measure and ArrowRight to the next party', () => {
    // Focus is kept in the slanted grid's terms: row = party, column = measure.
    expect(move({ row: 0, column: 1 }, 'ArrowDown')).toEqual({ row: 0, column: 2 })
    expect(move({ row: 0, column: 1 }, 'ArrowRight')).toEqual({ row: 1, column: 1 })
  })

  test('in the turned grid ArrowLeft from the first party reaches the measure title, ArrowUp the party name', () => {
    // The measure's title is the slanted grid's column header (row -1).
    expect(move({ row: 0, column: 2 }, 'ArrowLeft')).toEqual({ row: -1, column: 2 })
    // The party's name is the slanted grid's row header (column -1).
    expect(move({ row: 1, column: 0 }, 'ArrowUp')).toEqual({ row: 1, column: -1 })
  })

  test('transposeFocus twice is the same place', () => {
    expect(transposeFocus(transposeFocus({ row: 2, column: -1 }))).toEqual({ row: 2, column: -1 })
  })
})

describe('canTurn and turnClass', () => {
  test('canTurn(testland) is true: three parties fit a phone as columns', () => {
    expect(canTurn(modelFor('side'))).toBe(true)
  })

  test('turnClass turns testland below the width the slanted matrix is laid out at', () => {
    expect(turnClass(layoutFor('side'))).toBe(`turn-below-${MATRIX_SIZES.widest}`)
  })

  test('turnClass picks the first breakpoint the slanted layout fits, and always turns one wider than all', () => {
    const layout = layoutFor('side')
    expect(turnClass({ ...layout, width: 801 })).toBe('turn-below-960')
    expect(turnClass({ ...layout, width: 5000 })).toBe('turn-always')
  })

  test('every breakpoint has its container query in MatrixStage.css', () => {
    const css = readFileSync('src/charts/stance-matrix/MatrixStage.css', 'utf8')
    for (const width of TURN_BREAKPOINTS) {
      expect(css).toContain(`@container matrix (width < ${width}px)`)
      expect(css).toContain(`.turn-below-${width} > .turned-frame`)
    }
  })
})
