import { describe, expect, test } from 'vitest'
import { relationKeyText, relationKinds } from '../../../src/charts/conflict-graph/describeGraph.ts'
import { isLaidOut, laidGraph } from '../../../src/charts/conflict-graph/laidGraph.ts'
import { graphLayout } from '../../../src/charts/conflict-graph/layout.ts'
import { atTheTable } from '../../../src/data/vocabularies.ts'
import { type ConflictOptions, conflictModel } from '../../../src/model/conflictModel.ts'
import { leadSeats } from '../../../src/model/partyOrder.ts'
import { loadTestland } from '../../support/testland.ts'

const data = loadTestland()
const view: ConflictOptions = {
  phase: 'end',
  measure: null,
  includeOpposition: true,
  rule: 'carried',
}

describe('laidGraph', () => {
  test('laidGraph(dataset, language, width, view) gives the model and layout the pure functions give', () => {
    const model = conflictModel(data, view)
    const layout = graphLayout(
      model,
      320,
      (id) => {
        const party = data.partyById.get(id)
        return party ? leadSeats(data, party) : 0
      },
      {
        node: (id) => data.partyById.get(id)?.shortName ?? id,
        bold: (id) => atTheTable(data.partyById.get(id)?.side ?? 'opposition'),
        relation: (edge) => relationKinds('en', edge),
        key: (edge) => relationKeyText(data, 'en', edge),
      },
    )
    expect(laidGraph(data, 'en', 320, view)).toEqual({ model, layout })
  })

  test('laidGraph returns the very same objects for the same view, so nothing downstream recomputes', () => {
    const first = laidGraph(data, 'en', 400, view)
    expect(isLaidOut(data, 'en', 400, view)).toBe(true)
    expect(laidGraph(data, 'en', 400, { ...view })).toBe(first)
  })

  test('laidGraph lays out a view anew when its phase, width, language or options differ', () => {
    const first = laidGraph(data, 'en', 400, view)
    expect(isLaidOut(data, 'en', 400, { ...view, phase: 'mid' })).toBe(false)
    expect(laidGraph(data, 'en', 400, { ...view, phase: 'mid' })).not.toBe(first)
    expect(laidGraph(data, 'en', 401, view)).not.toBe(first)
    expect(laidGraph(data, 'nl', 400, view)).not.toBe(first)
    expect(laidGraph(data, 'en', 400, { ...view, includeOpposition: false })).not.toBe(first)
  })
})
