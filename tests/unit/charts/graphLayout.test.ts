import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { relationKeyText, relationKinds } from '../../../src/charts/conflict-graph/describeGraph.ts'
import { type GraphTexts, graphLayout } from '../../../src/charts/conflict-graph/layout.ts'
import { type Dataset, indexDataset } from '../../../src/data/indexDataset.ts'
import type { Language } from '../../../src/data/languages.ts'
import { parseDatasetText } from '../../../src/data/parseDatasetText.ts'
import { atTheTable } from '../../../src/data/vocabularies.ts'
import { conflictModel } from '../../../src/model/conflictModel.ts'
import { leadSeats } from '../../../src/model/partyOrder.ts'
import { graphFaults } from '../../support/graphFaults.ts'
import { loadTestland } from '../../support/testland.ts'

const data = loadTestland()
const model = conflictModel(data, {
  phase: 'end',
  measure: null,
  includeOpposition: true,
  rule: 'carried',
})
const seatsIn = (dataset: Dataset) => (id: string) => {
  const party = dataset.partyById.get(id)
  return party ? leadSeats(dataset, party) : 0
}
const seats = seatsIn(data)
const textsIn = (dataset: Dataset, language: Language): GraphTexts => ({
  node: (id) => dataset.partyById.get(id)?.shortName ?? id,
  bold: (id) => atTheTable(dataset.partyById.get(id)?.side ?? 'opposition'),
  relation: (edge) => relationKinds(language, edge),
  key: (edge) => relationKeyText(dataset, language, edge),
})
const texts = textsIn(data, 'en')

describe('graphLayout', () => {
  test('graphLayout is deterministic: two runs give identical coordinates', () => {
    expect(graphLayout(model, 480, seats, texts)).toEqual(graphLayout(model, 480, seats, texts))
  })

  test('graphLayout does not mutate its input', () => {
    const before = JSON.stringify(model)
    graphLayout(model, 480, seats, texts)
    expect(JSON.stringify(model)).toBe(before)
  })

  test.each([300, 480, 900])(
    'graphLayout(%ipx) keeps every node and label inside the drawing, clear of one another',
    (width) => {
      const layout = graphLayout(model, width, seats, texts)
      for (const n of layout.nodes) {
        expect(n.x - n.r).toBeGreaterThanOrEqual(0)
        expect(n.x + n.r).toBeLessThanOrEqual(layout.width)
        expect(n.y - n.r).toBeGreaterThanOrEqual(0)
        expect(n.y + n.r).toBeLessThanOrEqual(layout.height)
      }
      expect(graphFaults(layout)).toEqual([])
    },
  )

  test('graphLayout makes node area proportional to seats (red 4, blue 3)', () => {
    const layout = graphLayout(model, 480, seats, texts)
    const r = Object.fromEntries(layout.nodes.map((n) => [n.partyId, n.r]))
    expect(((r.blue ?? 0) / (r.red ?? 1)) ** 2).toBeCloseTo(3 / 4, 1)
  })

  test('graphLayout draws agreement and disagreement distinctly, thicker when stronger', () => {
    const layout = graphLayout(model, 480, seats, texts)
    const byPair = Object.fromEntries(layout.pairs.map((p) => [`${p.edge.a}-${p.edge.b}`, p]))
    expect(byPair['red-blue']?.kind).toBe('disagree')
    expect(byPair['blue-green']?.kind).toBe('agree')
    // red–blue 0.8125 disagreement is stronger than red–green 0.75
    expect(byPair['red-blue']?.width).toBeGreaterThan(byPair['red-green']?.width ?? 0)
  })

  test('graphLayout draws each relation as a curve with its label beside it, not a marker', () => {
    const layout = graphLayout(model, 480, seats, texts)
    expect(layout.relations).toHaveLength(1)
    const [relation] = layout.relations
    expect(relation?.path).toMatch(/^M[\d.]+,[\d.]+ Q[\d.-]+,[\d.-]+ [\d.]+,[\d.]+$/)
    expect(relation?.label?.lines.map((l) => l.text)).toEqual(['ultimatum'])
    expect(relation?.marker).toBeNull()
    expect(layout.key).toEqual([])
  })

  test('graphLayout keeps a support party with the coalition: shown without the opposition, and in place when it is shown', () => {
    // blue leaves the government but pledges support: red and blue are the graph's anchors.
    const minority = indexDataset({
      ...data,
      parties: data.parties.map((p) => (p.id === 'blue' ? { ...p, side: 'support' as const } : p)),
    })
    const at = (includeOpposition: boolean) => {
      const m = conflictModel(minority, {
        phase: 'end',
        measure: null,
        includeOpposition,
        rule: 'carried',
      })
      const layout = graphLayout(m, 480, seatsIn(minority), textsIn(minority, 'en'))
      const node = (id: string) => layout.nodes.find((n) => n.partyId === id)
      return { layout, red: node('red'), blue: node('blue') }
    }
    const without = at(false)
    expect(without.layout.nodes.map((n) => n.partyId)).toEqual(['red', 'blue'])
    // Two anchors face each other, top and bottom, with green or without it.
    for (const { red, blue } of [without, at(true)]) {
      expect(blue?.x).toBeCloseTo(red?.x ?? 0, 0)
      expect(blue?.y).toBeGreaterThan(red?.y ?? 0)
    }
  })

  test('graphLayout puts a party’s label outside its disc, on the side away from the middle', () => {
    // Red at the top (first, most seats): its label sits above it.
    const layout = graphLayout(model, 480, seats, texts)
    const red = layout.nodes.find((n) => n.partyId === 'red')
    expect(red?.label.box.bottom).toBeLessThanOrEqual((red?.y ?? 0) - (red?.r ?? 0) - 3)
  })
})

describe('graphLayout on the bundled datasets', () => {
  // Every dataset the build publishes, in each of its languages.
  const names = readdirSync('data')
    .filter((f) => f.endsWith('.json') && f !== 'schema.json')
    .map((f) => f.replace(/\.json$/, ''))
  const bundled = names.map((name) => {
    const parsed = parseDatasetText(readFileSync(`data/${name}.json`, 'utf8'))
    if (!parsed.ok) throw new Error(`${name} is invalid`)
    return { name, dataset: parsed.value }
  })

  test.each(bundled)(
    '$name: at every moment, in each of its languages, coalition or all parties, from 320 to 640 px, no label overlaps another, a disc or an arrow',
    ({ dataset }) => {
      const faults: string[] = []
      for (const phase of dataset.phases)
        for (const includeOpposition of [false, true]) {
          const m = conflictModel(dataset, {
            phase: phase.id,
            measure: null,
            includeOpposition,
            rule: 'carried',
          })
          for (const language of dataset.meta.languages)
            for (const width of [320, 328, 400, 480, 640]) {
              const layout = graphLayout(m, width, seatsIn(dataset), textsIn(dataset, language))
              const where = `${phase.id} ${language} ${width}px${includeOpposition ? ' +opposition' : ''}`
              faults.push(...graphFaults(layout).map((f) => `${where}: ${f}`))
            }
        }
      expect(faults).toEqual([])
    },
    60_000,
  )

  test('on a phone, Rutte IV with the opposition shown grows taller and keys what does not fit', () => {
    const rutte = bundled.find((b) => b.name === 'rutte4-asylum-2023')?.dataset as Dataset
    const m = conflictModel(rutte, {
      phase: 'fri',
      measure: null,
      includeOpposition: true,
      rule: 'carried',
    })
    const layout = graphLayout(m, 328, seatsIn(rutte), textsIn(rutte, 'en'))
    expect(layout.height).toBeGreaterThan(328)
    const markers = layout.relations.flatMap((r) => (r.marker ? [r.marker.number] : []))
    expect(markers.length).toBeGreaterThan(0)
    // Every marker has its row in the key, numbered 1, 2, 3… in the relations' order.
    expect(markers).toEqual(markers.map((_, i) => i + 1))
    expect(layout.key.map((k) => k.number)).toEqual(markers)
    expect(layout.key[0]?.text.lines.map((l) => l.text).join(' ')).toMatch(/^\S+ → \S+: /)
  })
})
