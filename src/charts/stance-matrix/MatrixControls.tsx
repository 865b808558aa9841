import type { Dataset } from '../../data/indexDataset.ts'
import type { Language } from '../../data/languages.ts'
import { partiesBySide } from '../../model/partyOrder.ts'
import {
  setShowSilentParties,
  setSortBy,
  setStanceRule,
  setTopicFilter,
  type UiState,
} from '../../state/uiStore.ts'
import { chromeMark } from '../../ui/chromeLanguage.ts'
import { fill, messages } from '../../ui/strings.ts'
import { UiText } from '../UiText.tsx'
import '../panel.css'
import './MatrixControls.css'

type Props = {
  dataset: Dataset
  language: Language
  sortBy: UiState['sortBy']
  topics: readonly string[]
  showSilentParties: boolean
  stanceRule: UiState['stanceRule']
}

/** Row order, topic filter and which stances to show, as native form controls. */
export function MatrixControls(props: Props) {
  const { dataset, language, sortBy, topics, showSilentParties, stanceRule } = props
  const strings = messages(language).ui
  const chrome = chromeMark(language)
  const toggleTopic = (id: string) =>
    setTopicFilter(topics.includes(id) ? topics.filter((t) => t !== id) : [...topics, id])
  return (
    <div className="matrix-controls">
      <label className="control">
        <span>
          <UiText language={language} text={strings.sortLabel} />
        </span>
        <select
          value={sortBy === 'side' ? '' : sortBy.agreementWith}
          onChange={(e) =>
            setSortBy(e.target.value === '' ? 'side' : { agreementWith: e.target.value })
          }
        >
          {/* An option holds text only: its language on the option itself. */}
          <option value="" {...chrome}>
            {strings.sortBySide}
          </option>
          {partiesBySide(dataset).map((p) => (
            <option key={p.id} value={p.id} {...chrome}>
              {fill(strings.sortByAgreement, { party: p.shortName }, language)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="control topic-filter">
        <legend>
          <UiText language={language} text={strings.topicsLabel} />
        </legend>
        <label>
          <input
            type="checkbox"
            checked={topics.length === 0}
            onChange={() => setTopicFilter([])}
          />
          <UiText language={language} text={strings.allTopics} />
        </label>
        {dataset.topics.map((topic) => (
          <label key={topic.id}>
            <input
              type="checkbox"
              checked={topics.includes(topic.id)}
              onChange={() => toggleTopic(topic.id)}
            />
            {topic.label[language]}
          </label>
        ))}
      </fieldset>
      <label className="control-inline">
        <input
          type="checkbox"
          checked={showSilentParties}
          onChange={(e) => setShowSilentParties(e.target.checked)}
        />
        <UiText language={language} text={strings.showSilentParties} />
      </label>
      <label className="control-inline">
        <input
          type="checkbox"
          name="only-reported"
          checked={stanceRule === 'reported'}
          onChange={(e) => setStanceRule(e.target.checked ? 'reported' : 'carried')}
        />
        <UiText language={language} text={messages(language).changes.onlyReported} />
      </label>
    </div>
  )
}
