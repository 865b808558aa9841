import { UiText } from '../charts/UiText.tsx'
import type { Language } from '../data/languages.ts'
import { SOURCE_ORDERS, type SourceOrder, setSourceOrder } from '../state/uiStore.ts'
import { messages } from '../ui/strings.ts'
import '../charts/panel.css'
import './SourcesSection.css'

/** Two radio buttons: the sources grouped by outlet, or newest first. */
export function SourceOrderSwitch({ language, order }: { language: Language; order: SourceOrder }) {
  const strings = messages(language).sections
  const label: Record<SourceOrder, string> = {
    outlet: strings.sourcesByOutlet,
    date: strings.sourcesByDate,
  }
  return (
    <fieldset className="view-switch source-order">
      <legend className="visually-hidden">
        <UiText language={language} text={strings.sourcesOrder} />
      </legend>
      {SOURCE_ORDERS.map((option) => (
        <label key={option} className={order === option ? 'is-current' : ''}>
          <input
            type="radio"
            name="source-order"
            value={option}
            checked={order === option}
            onChange={() => setSourceOrder(option)}
          />
          <UiText language={language} text={label[option]} />
        </label>
      ))}
    </fieldset>
  )
}
