import { type Language, textDirection } from '../data/languages.ts'
import { setLanguage } from '../state/uiStore.ts'
import { languageName } from '../ui/format.ts'
import { messages } from '../ui/strings.ts'

/** Switches every UI string and the dataset's own text between its languages. */
export function LanguageSwitch({
  language,
  languages,
}: {
  language: Language
  languages: readonly Language[]
}) {
  // One language needs no switch.
  if (languages.length < 2) return null
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{messages(language).ui.language}</legend>
      {languages.map((code) => (
        <label key={code} className={code === language ? 'is-current' : ''}>
          <input
            type="radio"
            name="language"
            value={code}
            checked={code === language}
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
