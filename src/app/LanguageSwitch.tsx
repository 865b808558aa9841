import type { Language } from '../data/languages.ts'
import { setLanguage } from '../state/uiStore.ts'
import { STRINGS } from '../ui/strings.ts'

const NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' }

/** Switches every UI string and the dataset's own text between its languages. */
export function LanguageSwitch({
  language,
  languages,
}: {
  language: Language
  languages: readonly Language[]
}) {
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{STRINGS[language].language}</legend>
      {languages.map((code) => (
        <label key={code} className={code === language ? 'is-current' : ''}>
          <input
            type="radio"
            name="language"
            value={code}
            checked={code === language}
            onChange={() => setLanguage(code)}
          />
          <span lang={code}>{NAMES[code]}</span>
        </label>
      ))}
    </fieldset>
  )
}
