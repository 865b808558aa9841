import type { RawDataset } from '../data/schema.ts'
import { SCHEMA_VERSION } from '../data/schema.ts'

/**
 * A new dataset to start from: one chamber of 150 seats, two parties (a coalition of 76 and an
 * opposition of 74), one topic, one measure, one phase on `date`, and one empty source that
 * everything cites. It passes the validator except for that source, which only the desk can
 * fill in (its url, and its headline or a description): TEMPLATE_TODO says so.
 */
export function templateDataset(date: string, languages: readonly string[] = ['en']): RawDataset {
  const text = (value: string) => Object.fromEntries(languages.map((tag) => [tag, value]))
  const source = 'source-1'
  return {
    $schema: './schema.json',
    meta: {
      id: 'new-dispute',
      schemaVersion: SCHEMA_VERSION,
      title: text('New dispute'),
      deck: text('What the parties disagreed on, and how we know.'),
      languages: [...languages],
      defaultLanguage: languages[0] ?? 'en',
      asOf: `${date}T12:00:00+00:00`,
      credits: text('Compiled from public reporting.'),
      licence: 'CC BY 4.0',
    },
    chambers: [{ id: 'house', name: text('House'), seats: 150 }],
    parties: [
      party(
        'party-a',
        text('Party A'),
        'A',
        { light: '#1d5fa8', dark: '#7ab3ee' },
        76,
        'coalition',
      ),
      party(
        'party-b',
        text('Party B'),
        'B',
        { light: '#a9520f', dark: '#f2a661' },
        74,
        'opposition',
      ),
    ].map((p) => ({ ...p, sources: [source] })),
    people: [],
    topics: [{ id: 'topic-1', label: text('Topic') }],
    measures: [
      {
        id: 'measure-1',
        title: text('Measure'),
        explanation: text('What the measure would do.'),
        topic: 'topic-1',
        proposedBy: null,
        proposedAt: 'phase-1',
        sources: [source],
      },
    ],
    phases: [{ id: 'phase-1', label: text('Day one'), date }],
    stances: [],
    events: [],
    relations: [],
    sources: [
      { id: source, outlet: 'Outlet', title: null, url: '', date, language: languages[0] ?? 'en' },
    ],
  }
}

/** What the template leaves for the desk, in the words the editor shows beside it. */
export const TEMPLATE_TODO =
  'Fill in the source (sources[0]): its address (url) and its headline as published, or a description. Then replace the placeholder texts, parties and measure with your own.'

function party(
  id: string,
  name: Record<string, string>,
  shortName: string,
  colour: { light: string; dark: string },
  seats: number,
  side: 'coalition' | 'opposition',
) {
  return { id, name, shortName, colour, seats: { house: seats }, side, leader: null, chair: null }
}
