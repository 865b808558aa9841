import type { Dataset } from '../../data/indexDataset.ts'
import { type Language, textIn } from '../../data/languages.ts'
import type { RawActor } from '../../data/schema.ts'
import { hardened, type PhaseChange } from '../../model/phaseChanges.ts'
import { actorParty } from '../../model/relationsInEffect.ts'
import { inSentence } from '../../ui/inSentence.ts'
import { fill, messages } from '../../ui/strings.ts'

/** What choosing an item of the changes list selects: a cell, a measure, or a party (and measure). */
export type ChangeTarget =
  | { kind: 'cell'; party: string; measure: string }
  | { kind: 'measure'; measure: string }
  | { kind: 'party'; party: string | null; measure: string | null }

/** One item of the changes list: its sentence and what it selects. */
export type DescribedChange = { text: string; target: ChangeTarget }

function actorName(dataset: Dataset, actor: RawActor): string {
  if (actor.party) return dataset.partyById.get(actor.party)?.shortName ?? actor.party
  const person = actor.person ? dataset.personById.get(actor.person) : undefined
  return person?.name ?? actor.person ?? ''
}

/** The sentence of one change, written as an editor would ("D66 hardened: from opposes to red line on …"). */
export function describeChange(
  dataset: Dataset,
  language: Language,
  change: PhaseChange,
): DescribedChange {
  const strings = messages(language).changes
  const position = messages(language).positions
  const title = (id: string) =>
    inSentence(dataset.measureById.get(id)?.title[language] ?? id, language)
  if (change.kind === 'tabled')
    return {
      text: fill(strings.tabled, { measure: textIn(change.measure.title, language) }, language),
      target: { kind: 'measure', measure: change.measure.id },
    }
  if (change.kind === 'relation') {
    const { relation } = change
    const sentence = fill(
      messages(language).relationChanges[relation.kind] ?? '',
      {
        from: actorName(dataset, relation.from),
        to: actorName(dataset, relation.to),
      },
      language,
    )
    return {
      text: relation.measure ? `${sentence} (${title(relation.measure)})` : sentence,
      target: {
        kind: 'party',
        party: actorParty(dataset, relation.from),
        measure: relation.measure ?? null,
      },
    }
  }
  const { party, measure, from, to } = change
  const target = { kind: 'cell', party: party.id, measure: measure.id } as const
  if (from === null)
    return {
      text: fill(
        strings.firstKnown,
        {
          party: party.shortName,
          measure: title(measure.id),
          to: position[to],
        },
        language,
      ),
      target,
    }
  return {
    text: fill(
      strings.moved,
      {
        party: party.shortName,
        direction: hardened(from, to) ? strings.hardened : strings.softened,
        from: position[from],
        to: position[to],
        measure: title(measure.id),
      },
      language,
    ),
    target,
  }
}

/** What a screen reader hears when the reader reaches a phase: the moment, then its changes. */
export function announcePhase(
  dataset: Dataset,
  language: Language,
  phaseId: string,
  changes: readonly PhaseChange[],
): string {
  const strings = messages(language).changes
  const phase = dataset.phaseById.get(phaseId)?.label[language] ?? phaseId
  if ((dataset.phaseIndex.get(phaseId) ?? 0) === 0)
    return fill(strings.announceFirst, { phase }, language)
  if (changes.length === 0) return fill(strings.announceNone, { phase }, language)
  const list = changes
    .map((c) => describeChange(dataset, language, c).text)
    .join(messages(language).punctuation.listSeparator)
  return fill(strings.announce, { phase, changes: `${list}.` }, language)
}
