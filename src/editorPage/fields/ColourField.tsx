import { fieldId, type Path } from '../../editor/editPath.ts'
import type { Edits } from '../useEditorDocument.ts'
import './fields.css'

type Props = { label: string; path: Path; value: unknown; edits: Edits }

const HEX = /^#[0-9a-fA-F]{6}$/

/**
 * A party's colour: one for both page colours, or a light and a dark one. Each box has a swatch
 * beside it (set through the DOM's style object, which the strict CSP allows).
 */
export function ColourField({ label, path, value, edits }: Props) {
  const pair = value && typeof value === 'object' ? (value as Record<string, unknown>) : null
  const themes = pair ? (['light', 'dark'] as const) : ([null] as const)
  const toggleId = fieldId([...path, 'pair'])
  return (
    <fieldset className="ed-field" id={fieldId(path)}>
      <legend>{label}</legend>
      <p className="ed-hint">#rrggbb; it must reach 3:1 against the page in each theme.</p>
      <div className="ed-languages ed-numbers">
        {themes.map((theme) => {
          const at = theme ? [...path, theme] : path
          const id = theme ? fieldId(at) : fieldId([...path, 'both'])
          const current = theme ? pair?.[theme] : value
          const text = typeof current === 'string' ? current : ''
          return (
            <div key={theme ?? 'both'} className="ed-language">
              <label htmlFor={id}>{theme ? `${theme} pages` : 'Both themes'}</label>
              <span className="ed-colour">
                <span
                  className={`ed-swatch${theme === 'dark' ? ' is-dark' : theme === 'light' ? ' is-light' : ''}`}
                  aria-hidden="true"
                  style={HEX.test(text) ? { backgroundColor: text } : undefined}
                />
                <input
                  id={id}
                  value={text}
                  spellCheck={false}
                  autoComplete="off"
                  onChange={(e) => edits.edit(at, e.target.value, at.join('.'))}
                />
              </span>
            </div>
          )
        })}
      </div>
      <div className="ed-check">
        <input
          id={toggleId}
          type="checkbox"
          checked={pair !== null}
          onChange={(e) => {
            const one = pair ? pair.light : value
            edits.edit(path, e.target.checked ? { light: one ?? '', dark: one ?? '' } : (one ?? ''))
          }}
        />
        <label htmlFor={toggleId}>A separate colour for dark pages</label>
      </div>
    </fieldset>
  )
}
