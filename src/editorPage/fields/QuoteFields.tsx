import { textDirection } from '../../data/languages.ts'
import type { RawDataset } from '../../data/schema.ts'
import { fieldId, type Path } from '../../editor/editPath.ts'
import { recordIds } from '../recordIds.ts'
import type { Edits } from '../useEditorDocument.ts'
import { Labelled } from './Labelled.tsx'
import { datasetLanguages, LocalizedField } from './LocalizedField.tsx'
import './fields.css'

type Props = { path: Path; value: unknown; raw: RawDataset; edits: Edits }

/** A new quote: in the default language, the first person and source as placeholders to change. */
export function newQuote(raw: RawDataset): Record<string, unknown> {
  return {
    text: '',
    language: raw.meta?.defaultLanguage ?? datasetLanguages(raw)[0] ?? 'en',
    speaker: recordIds(raw, 'people')[0] ?? '',
    source: recordIds(raw, 'sources')[0] ?? '',
  }
}

/**
 * A verbatim quote: its text in its own language, the speaker and source picked from lists,
 * and a translation box for each other dataset language (optional, each).
 */
export function QuoteFields({ path, value, raw, edits }: Props) {
  const quote = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const language = typeof quote.language === 'string' ? quote.language : ''
  const textId = fieldId([...path, 'text'])
  const languageId = fieldId([...path, 'language'])
  const pick = (key: 'speaker' | 'source', list: 'people' | 'sources', label: string) => {
    const id = fieldId([...path, key])
    const current = typeof quote[key] === 'string' ? (quote[key] as string) : ''
    return (
      <Labelled id={id} label={label}>
        <select
          id={id}
          value={current}
          onChange={(e) => edits.edit([...path, key], e.target.value)}
        >
          {current === '' ? <option value="">(choose)</option> : null}
          {recordIds(raw, list).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </Labelled>
    )
  }
  return (
    <div className="ed-form">
      <Labelled id={textId} label="Verbatim text (one short sentence)">
        <textarea
          id={textId}
          rows={2}
          lang={language || undefined}
          dir={language ? textDirection(language) : undefined}
          value={typeof quote.text === 'string' ? quote.text : ''}
          onChange={(e) => edits.edit([...path, 'text'], e.target.value, `${path.join('.')}.text`)}
        />
      </Labelled>
      <Labelled id={languageId} label="Language it was said in (BCP 47 tag)">
        <input
          id={languageId}
          className="ed-short"
          value={language}
          list="ed-language-tags"
          spellCheck={false}
          autoComplete="off"
          onChange={(e) =>
            edits.edit([...path, 'language'], e.target.value, `${path.join('.')}.language`)
          }
        />
      </Labelled>
      {pick('speaker', 'people', 'Speaker')}
      {pick('source', 'sources', 'Source')}
      <LocalizedField
        label="Translation"
        path={[...path, 'translation']}
        value={quote.translation}
        raw={raw}
        edits={edits}
        optional
        long
        except={language}
      />
    </div>
  )
}
