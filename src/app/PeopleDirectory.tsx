import { memo } from 'react'
import { personAnchor } from '../charts/PersonLink.tsx'
import { UiText } from '../charts/UiText.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import { partiesBySide } from '../model/partyOrder.ts'
import { messages } from '../ui/strings.ts'
import '../charts/panel.css'
import './PeopleDirectory.css'

/** Who was who: people grouped by party, each an anchor that quotes, events and relations link to. */
// Memoised: a change of phase or selection re-renders the page, and this part does not depend on it.
export const PeopleDirectory = memo(function PeopleDirectory({
  dataset,
  language,
}: {
  dataset: Dataset
  language: Language
}) {
  const strings = messages(language).sections
  const { colon, listSeparator } = messages(language).punctuation
  const groups = [
    ...partiesBySide(dataset).map((party) => ({
      key: party.id,
      label: party.name[language],
      people: dataset.people.filter((p) => p.party === party.id),
    })),
    { key: 'none', label: '', people: dataset.people.filter((p) => p.party === null) },
  ].filter((g) => g.people.length > 0)
  return (
    <section className="panel people" aria-labelledby="people-title">
      <h2 id="people-title">
        <UiText language={language} text={strings.peopleTitle} />
      </h2>
      <div className="people-groups">
        {groups.map((group) => (
          <div key={group.key} className="people-group">
            {group.label && <h3>{group.label}</h3>}
            <ul>
              {group.people.map((person) => (
                <li key={person.id} id={personAnchor(person.id)} tabIndex={-1}>
                  <strong>{person.name}</strong>
                  {person.roles.length > 0 &&
                    `${colon}${person.roles.map((r) => r[language]).join(listSeparator)}`}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  )
})
