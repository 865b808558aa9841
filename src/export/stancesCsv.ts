import { csvFormatRows } from 'd3-dsv'
import type { Dataset } from '../data/indexDataset.ts'
import { type Language, textIn } from '../data/languages.ts'
import type { RawMeasure, RawParty, RawPhase, RawStance } from '../data/schema.ts'
import type { StanceRule } from '../data/vocabularies.ts'
import { stanceCell } from '../model/stanceCell.ts'
import { csvSafeCell } from './csvSafeCell.ts'

/** The CSV's columns, in order; the header row spells them exactly like this. */
export const STANCE_CSV_COLUMNS = [
  'party',
  'party_name',
  'side',
  'measure',
  'measure_title',
  'topic',
  'phase',
  'phase_label',
  'phase_date',
  'position',
  'confidence',
  'summary',
  'quotes',
  'source_urls',
  'reported_phase',
] as const
export type StanceCsvColumn = (typeof STANCE_CSV_COLUMNS)[number]

/**
 * Every party × measure × phase as CSV, one row each: parties outer, then measures, then
 * phases, each in dataset order, so a party's history on one measure reads down in time.
 * `position` is the stance, `not-on-table` before the measure was proposed, or `unknown`
 * when no stance is recorded. Under the carried rule (the page's default) a phase without a
 * new report repeats the last known stance, and `reported_phase` names the phase it was
 * reported at. Texts are in `language`; quotes stay verbatim. Every cell is guarded against
 * formula injection.
 */
export function stancesCsv(
  dataset: Dataset,
  language: Language,
  rule: StanceRule = 'carried',
): string {
  const rows: string[][] = [[...STANCE_CSV_COLUMNS]]
  for (const party of dataset.parties)
    for (const measure of dataset.measures)
      for (const phase of dataset.phases) {
        const cells = row(dataset, language, party, measure, phase, rule)
        rows.push(STANCE_CSV_COLUMNS.map((column) => cells[column]))
      }
  return csvFormatRows(rows.map((cells) => cells.map(csvSafeCell)))
}

function row(
  dataset: Dataset,
  language: Language,
  party: RawParty,
  measure: RawMeasure,
  phase: RawPhase,
  rule: StanceRule,
): Record<StanceCsvColumn, string> {
  const cell = stanceCell(dataset, party.id, measure.id, phase.id, rule)
  const stance = cell.kind === 'stance' ? cell.stance : null
  return {
    party: party.id,
    party_name: textIn(party.name, language),
    side: party.side,
    measure: measure.id,
    measure_title: textIn(measure.title, language),
    topic: measure.topic,
    phase: phase.id,
    phase_label: textIn(phase.label, language),
    phase_date: phase.date,
    position: cell.kind === 'stance' ? cell.value : 'not-on-table',
    confidence: stance?.confidence ?? '',
    summary: stance?.summary[language] ?? '',
    quotes: stance ? quotesText(dataset, stance) : '',
    source_urls: stance ? sourceUrls(dataset, stance).join(' ') : '',
    reported_phase: stance?.phase ?? '',
  }
}

/** `Speaker Name: verbatim text` per quote, joined by ` | `; an unknown speaker shows its id. */
function quotesText(dataset: Dataset, stance: RawStance): string {
  return (stance.quotes ?? [])
    .map((q) => `${dataset.personById.get(q.speaker)?.name ?? q.speaker}: ${q.text}`)
    .join(' | ')
}

/** The stance's sources, then any further sources its quotes cite, without duplicates. */
function sourceUrls(dataset: Dataset, stance: RawStance): string[] {
  const ids = new Set([...stance.sources, ...(stance.quotes ?? []).map((q) => q.source)])
  return [...ids].flatMap((id) => dataset.sourceById.get(id)?.url ?? [])
}
