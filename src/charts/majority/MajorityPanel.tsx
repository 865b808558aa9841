import { partyColours } from '../../data/colour.ts'
import type { Dataset } from '../../data/indexDataset.ts'
import { type Language, textIn } from '../../data/languages.ts'
import type { MajorityRule, RawChamber } from '../../data/schema.ts'
import { useElementWidth } from '../../hooks/useElementWidth.ts'
import { measureMajorities, supporters } from '../../model/majority.ts'
import { isOnTable } from '../../model/stanceCell.ts'
import { selectMeasure, useUiStore } from '../../state/uiStore.ts'
import { chromeMark } from '../../ui/chromeLanguage.ts'
import { fill, messages } from '../../ui/strings.ts'
import { UiText } from '../UiText.tsx'
import { SeatBar } from './SeatBar.tsx'
import { seatBarLayout } from './seatBarLayout.ts'
import '../panel.css'
import './MajorityPanel.css'

const FRACTION_WORDS = {
  '1/2': 'fractionHalf',
  '2/3': 'fractionTwoThirds',
  '3/5': 'fractionThreeFifths',
  '3/4': 'fractionThreeQuarters',
} as const

type Props = { dataset: Dataset; language: Language; phase: string; measure: string | null }

/** The majority arithmetic of one measure at one phase: a seat bar and a sentence per chamber. */
export function MajorityPanel({ dataset, language, phase, measure }: Props) {
  const strings = messages(language).sections
  const [frameRef, measured] = useElementWidth<HTMLDivElement>(640)
  const width = Math.min(640, measured)
  const measureId = measure ?? dataset.measures[0]?.id ?? ''
  const onTable = isOnTable(dataset, measureId, phase)
  const rule = useUiStore((s) => s.stanceRule)
  const backing = supporters(dataset, measureId, phase, rule)
  const short = (id: string) => dataset.partyById.get(id)?.shortName ?? id
  // Said only where the rule is not the chamber's plain majority of its filled seats.
  const ruleSentence = (threshold: number, chamber: RawChamber, rule?: MajorityRule) => {
    const applied = rule ?? chamber.majority
    if (!applied) return ''
    if ('seats' in applied) return fill(strings.majorityRuleFixed, { threshold }, language)
    return fill(
      strings.majorityRuleFraction,
      {
        fraction: strings[FRACTION_WORDS[applied.fraction]],
        base: applied.of === 'members' ? strings.ofMembers : strings.ofVotes,
        threshold,
      },
      language,
    )
  }
  const list = (ids: readonly string[], word: string) =>
    ids.length <= 1 ? ids.join('') : `${ids.slice(0, -1).join(', ')} ${word} ${ids.at(-1)}`

  return (
    <section className="panel majority-panel" aria-labelledby="majority-title">
      <h2 id="majority-title">
        <UiText language={language} text={strings.majorityTitle} />
      </h2>
      <label className="control">
        <span>
          <UiText language={language} text={strings.majorityMeasure} />
        </span>
        <select value={measureId} onChange={(e) => selectMeasure(e.target.value)}>
          {dataset.measures.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title[language]}
            </option>
          ))}
        </select>
      </label>
      <div ref={frameRef}>
        {!onTable ? (
          <p className="majority-sentence">
            <UiText language={language} text={strings.notOnTableYet} />
          </p>
        ) : (
          measureMajorities(dataset, measureId, phase, rule).map((m) => {
            const chamber = dataset.chambers.find((c) => c.id === m.chamberId)
            if (!chamber) return null
            const seated = backing.map((p) => ({ partyId: p.id, seats: p.seats[chamber.id] ?? 0 }))
            const bar = seatBarLayout(m, chamber.seats, seated, width)
            const names = seated.filter((s) => s.seats > 0).map((s) => short(s.partyId))
            const sentence =
              names.length === 0 ? (
                <UiText
                  language={language}
                  text={strings.majorityNone}
                  values={{ total: chamber.seats, threshold: m.threshold }}
                />
              ) : (
                <UiText
                  language={language}
                  text={strings.majoritySentence}
                  values={{
                    parties: list(names, strings.and),
                    seats: m.supportSeats,
                    total: chamber.seats,
                    threshold: m.threshold,
                  }}
                />
              )
            return (
              <figure key={chamber.id} className="seat-bar" data-chamber={chamber.id}>
                <figcaption>
                  <strong>{chamber.name[language]}</strong>
                </figcaption>
                <SeatBar
                  bar={bar}
                  language={language}
                  threshold={m.threshold}
                  thresholdName={fill(
                    messages(language).ui.keyThreshold,
                    {
                      threshold: m.threshold,
                    },
                    language,
                  )}
                  label={fill(
                    strings.seatBarLabel,
                    { chamber: textIn(chamber.name, language) },
                    language,
                  )}
                  partyLabel={short}
                  partyColours={(id) => partyColours(dataset.partyById.get(id))}
                  segmentName={(s) =>
                    fill(
                      s.seats === 1 ? strings.seatSegmentOne : strings.seatSegment,
                      {
                        party: dataset.partyById.get(s.partyId)?.name[language] ?? s.partyId,
                        seats: s.seats,
                      },
                      language,
                    )
                  }
                />
                <p className="majority-sentence" {...chromeMark(language)}>
                  {sentence}{' '}
                  {names.length > 0 &&
                    (m.coalitionCarries ? strings.coalitionCarries : strings.coalitionShort)}{' '}
                  {m.needsSupport && (
                    <UiText
                      language={language}
                      text={strings.coalitionNeedsSupport}
                      values={{
                        parties: list(
                          backing.filter((p) => p.side === 'support').map((p) => p.shortName),
                          strings.and,
                        ),
                      }}
                    />
                  )}{' '}
                  {m.pivotal.length > 0 && (
                    <UiText
                      language={language}
                      text={strings.pivotal}
                      values={{ parties: list(m.pivotal.map(short), strings.and) }}
                    />
                  )}{' '}
                  {!m.passes &&
                    (m.alternatives.length > 0 ? (
                      <UiText
                        language={language}
                        text={strings.alternatives}
                        values={{
                          options: m.alternatives
                            .map((set) => list(set.map(short), strings.and))
                            .join(` ${strings.or} `),
                        }}
                      />
                    ) : (
                      strings.noAlternatives
                    ))}{' '}
                  {ruleSentence(m.threshold, chamber, dataset.measureById.get(measureId)?.majority)}
                  {m.otherSeats > 0 &&
                    ` ${fill(strings.otherSeats, { seats: m.otherSeats }, language)}`}
                </p>
              </figure>
            )
          })
        )}
        <p className="majority-note">
          <UiText language={language} text={strings.unknownNeverSupport} />
        </p>
      </div>
    </section>
  )
}
