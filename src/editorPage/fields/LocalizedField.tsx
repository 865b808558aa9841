import type { ChangeEvent } from 'react'
import { textDirection } from '../../data/languages.ts'
import type { RawDataset } from '../../data/schema.ts'
import { fieldId, type Path } from '../../editor/editPath.ts'
import type { Edits } from '../useEditorDocument.ts'
import './fields.css'

type Props = {
  label: string
  path: Path
  value: unknown
  raw: RawDataset
  edits: Edits
  optional?: boolean | undefined
  long?: boolean | undefined
  /** Languages to leave out (a quote's translation has none in the quote's own language). */
  except?: string | undefined
}

/** The dataset's languages, as meta.languages lists them (or the text's own while meta is broken). */
export function datasetLanguages(raw: RawDataset, texts: object = {}): string[] {
  const declared: unknown = raw.meta?.languages
  return Array.isArray(declared)
    ? declared.filter((tag): tag is string => typeof tag === 'string' && tag !== '')
    : Object.keys(texts)
}

/**
 * One box per dataset language, side by side, each marked with its language and direction so
 * spelling and right-to-left scripts work. A text left empty in every language is removed
 * where the field is optional, as the format means it.
 */
export function LocalizedField({ label, path, value, raw, edits, optional, long, except }: Props) {
  const texts = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const languages = datasetLanguages(raw, texts).filter((tag) => tag !== except)
  const set = (language: string, text: string) => {
    const next: Record<string, unknown> = { ...texts, [language]: text }
    // A translation's empty box means "none in this language": leave the key out.
    if (except !== undefined && text === '') delete next[language]
    const blank = Object.values(next).every((t) => t === '')
    edits.edit(path, optional && blank ? undefined : next, `${path.join('.')}.${language}`)
  }
  const Box = long ? 'textarea' : 'input'
  // A translation into no other language (a one-language dataset) has no box to show.
  if (except !== undefined && languages.length === 0) return null
  return (
    <fieldset className="ed-field ed-localized" id={fieldId(path)}>
      <legend>
        {label}
        {optional ? <span className="ed-optional"> (optional)</span> : null}
      </legend>
      <div className="ed-languages">
        {languages.map((language) => {
          const id = fieldId([...path, language])
          const text = typeof texts[language] === 'string' ? (texts[language] as string) : ''
          return (
            <div key={language} className="ed-language">
              <label htmlFor={id}>
                <span className="visually-hidden">{label}, </span>
                {language}
              </label>
              <Box
                id={id}
                lang={language}
                dir={textDirection(language)}
                value={text}
                rows={long ? 4 : undefined}
                onChange={(e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
                  set(language, e.target.value)
                }
              />
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
