import type { RawDataset, RawMeasure, RawPhase, RawSource } from '../../src/data/schema.ts'
import { RELATION_KINDS } from '../../src/data/vocabularies.ts'
import { mulberry32, pick, randomInt } from './prng.ts'
import { makeParties, seatSum } from './syntheticParties.ts'
import { coalitionStances, oppositionStances } from './syntheticStances.ts'

/** How big a synthetic dataset is, and the seed that makes it exact. */
export type DatasetSize = { parties: number; measures: number; phases: number; seed: number }

const MEASURES_PER_TOPIC = 20

const both = (nl: string, en: string) => ({ nl, en })
const pad = (n: number) => String(n).padStart(3, '0')

/** A fictional, clearly synthetic dataset that passes the app's validator; same size and seed, same output. */
export function generateDataset({ parties, measures, phases, seed }: DatasetSize): RawDataset {
  const random = mulberry32(seed)
  const tag = `${parties}x${measures}x${phases}`
  const sources = makeSources(Math.max(10, Math.ceil(measures / 5)), `${tag}-${seed}`)
  const sourceAt = (i: number) => sources[i % sources.length]?.id ?? 'source-001'
  const phaseList = makePhases(phases)
  const partyList = makeParties(parties, random, sourceAt(0))
  const coalition = partyList.filter((p) => p.side === 'coalition').map((p) => p.id)
  const topicCount = Math.max(1, Math.ceil(measures / MEASURES_PER_TOPIC))
  const measureList = Array.from({ length: measures }, (_, i): RawMeasure => {
    const proposed = random() < 0.6 ? 0 : randomInt(random, 0, phases - 1)
    return {
      id: `measure-${pad(i + 1)}`,
      title: both(`Maatregel ${i + 1}`, `Measure ${i + 1}`),
      explanation: both(`Verzonnen maatregel ${i + 1}.`, `Made-up measure ${i + 1}.`),
      topic: `topic-${pad((i % topicCount) + 1)}`,
      proposedBy: random() < 0.5 ? { parties: [pick(random, ids(coalition))], people: [] } : null,
      proposedAt: phaseList[proposed]?.id ?? 'phase-1',
      sources: [sourceAt(i)],
    }
  })
  const stances = [
    ...coalitionStances(coalition, measureList, phaseList, random, sourceAt),
    ...oppositionStances(partyList, measureList, phaseList, random, sourceAt),
  ]
  return {
    meta: {
      id: `synthetic-${tag}`,
      schemaVersion: 1,
      title: both(`Synthetisch: ${tag}`, `Synthetic: ${tag}`),
      deck: both(
        `Verzonnen benchmarkgegevens: ${parties} partijen, ${measures} maatregelen, ${phases} fasen.`,
        `Made-up benchmark data: ${parties} parties, ${measures} measures, ${phases} phases.`,
      ),
      languages: ['nl', 'en'],
      defaultLanguage: 'en',
      asOf: '2030-06-01T12:00:00+02:00',
      credits: both('Benchmarkgenerator', 'Benchmark generator'),
      licence: 'CC0-1.0',
    },
    chambers: [
      { id: 'lower', name: both('Lagerhuis', 'Lower house'), seats: seatSum(partyList, 'lower') },
      { id: 'upper', name: both('Hogerhuis', 'Upper house'), seats: seatSum(partyList, 'upper') },
    ],
    parties: partyList,
    people: coalition.map((party) => ({
      id: `leader-${party}`,
      name: `Leader ${party.toUpperCase()}`,
      party,
      roles: [both('partijleider', 'party leader')],
      sources: [sourceAt(0)],
    })),
    topics: Array.from({ length: topicCount }, (_, i) => ({
      id: `topic-${pad(i + 1)}`,
      label: both(`Onderwerp ${i + 1}`, `Topic ${i + 1}`),
    })),
    measures: measureList,
    phases: phaseList,
    stances,
    events: phaseList.map((phase, i) => ({
      id: `event-${i + 1}`,
      date: phase.date,
      phase: phase.id,
      title: both(`Overleg ${i + 1}`, `Talks ${i + 1}`),
      description: both('Verzonnen overleg.', 'Made-up talks.'),
      people: [],
      parties: coalition.slice(0, 2),
      sources: [sourceAt(i)],
    })),
    relations: phaseList.slice(1).map((phase, i) => ({
      id: `relation-${i + 1}`,
      kind: pick(random, RELATION_KINDS),
      from: { party: coalition[0] ?? 'party-001' },
      to: { party: coalition[1] ?? coalition[0] ?? 'party-001' },
      date: phase.date,
      phase: phase.id,
      summary: both('Verzonnen relatie.', 'Made-up relation.'),
      sources: [sourceAt(i)],
    })),
    sources,
  }
}

const ids = (values: string[]): [string, ...string[]] => [
  values[0] ?? 'party-001',
  ...values.slice(1),
]

function makeSources(count: number, tag: string): RawSource[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `source-${pad(i + 1)}`,
    outlet: 'Example Wire',
    title: `Synthetic report ${i + 1}`,
    url: `https://example.org/synthetic/${tag}/report-${i + 1}`,
    date: '2030-01-01',
    language: 'en',
  }))
}

function makePhases(count: number): RawPhase[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `phase-${i + 1}`,
    label: both(`Fase ${i + 1}`, `Phase ${i + 1}`),
    date: new Date(Date.UTC(2030, 0, 1 + 7 * i)).toISOString().slice(0, 10),
  }))
}
