import { UiText } from '../charts/UiText.tsx'
import { type Language, textDirection } from '../data/languages.ts'
import { setLanguage, useUiStore } from '../state/uiStore.ts'
import { languageName } from '../ui/format.ts'
import { messages } from '../ui/strings.ts'
import './LanguageSwitch.css'

/** Switches every UI string and the dataset's own text between its languages. */
export function LanguageSwitch({
  language,
  languages,
}: {
  language: Language
  languages: readonly Language[]
}) {
  // The reader's choice shows at once; the page follows once that language's words are here.
  const chosen = useUiStore((s) => s.language)
  const checked = chosen !== null && languages.includes(chosen) ? chosen : language
  // One language needs no switch.
  if (languages.length < 2) return null
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">
        <UiText language={language} text={messages(language).ui.language} />
      </legend>
      {languages.map((code) => (
        <label key={code} className={code === checked ? 'is-current' : ''}>
          <input
            type="radio"
            name="language"
            value={code}
            checked={code === checked}
            onChange={() => setLanguage(code)}
          />
          <span lang={code} dir={textDirection(code)}>
            {languageName(code)}
          </span>
        </label>
      ))}
    </fieldset>
  )
}
