import { memo } from 'react'
import type { Dataset } from '../../data/indexDataset.ts'
import type { Language } from '../../data/languages.ts'
import type { ConflictModel } from '../../model/conflictModel.ts'
import { chromeMark } from '../../ui/chromeLanguage.ts'
import { messages } from '../../ui/strings.ts'
import { UiText } from '../UiText.tsx'
import { agreementLevel, describeRelation, formatDistance } from './describeGraph.ts'
import '../panel.css'

type Props = { dataset: Dataset; language: Language; model: ConflictModel }

/**
 * Every pair of shown parties with its distance and the relations between them: the graph as a
 * table. Memoised: the graph panel re-renders on every selection, hover and focus, and the model
 * (from laidGraph) is the same object until the view changes.
 */
export const AdjacencyTable = memo(function AdjacencyTable({ dataset, language, model }: Props) {
  const strings = messages(language).sections
  const chrome = chromeMark(language)
  const short = (id: string) => dataset.partyById.get(id)?.shortName ?? id
  // Parties with no known stance and no relation cannot differ from anyone: they get one line,
  // not a row per pair (a thousand silent parties would otherwise make half a million rows).
  const involved = new Set([
    ...model.pairs.flatMap((p) => [p.a, p.b]),
    ...model.relations.flatMap((r) => [r.from, r.to]),
  ])
  const listed = model.parties.filter((p) => involved.has(p.id))
  const silent = model.parties.filter((p) => !involved.has(p.id))
  const rows = listed.flatMap((a, i) => listed.slice(i + 1).map((b) => [a.id, b.id] as const))
  return (
    <details className="table-view">
      <summary>
        <UiText language={language} text={strings.tableTitle} />
      </summary>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <UiText language={language} text={strings.colPair} />
            </th>
            <th scope="col">
              <UiText language={language} text={strings.colDistance} />
            </th>
            <th scope="col">
              <UiText language={language} text={strings.colBasis} />
            </th>
            <th scope="col">
              <UiText language={language} text={strings.colRelations} />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([a, b]) => {
            const pair = model.pairs.find((p) => p.a === a && p.b === b)
            const value = pair?.disagreement.value
            const relations = model.relations.filter(
              (r) => (r.from === a && r.to === b) || (r.from === b && r.to === a),
            )
            return (
              <tr key={`${a}|${b}`}>
                <th scope="row">
                  {short(a)} · {short(b)}
                </th>
                <td {...chrome}>
                  {value === undefined || value === null
                    ? strings.noSharedStance
                    : `${formatDistance(value, language)} (${agreementLevel(value, language)})`}
                </td>
                <td>{pair?.disagreement.basis ?? 0}</td>
                <td {...chrome}>
                  {relations
                    .map((r) => describeRelation(dataset, language, r))
                    .join(messages(language).punctuation.listSeparator)}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {silent.length > 0 && (
        <p className="majority-note">
          <UiText
            language={language}
            text={strings.silentParties}
            values={{ parties: silent.map((p) => p.shortName).join(', ') }}
          />
        </p>
      )}
    </details>
  )
})
