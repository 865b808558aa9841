import { useState } from 'react'
import { textDirection } from '../data/languages.ts'
import type { RawDataset } from '../data/schema.ts'
import { fieldId, type Path } from '../editor/editPath.ts'
import type { IdKind } from '../editor/references.ts'
import { renameId } from '../editor/renameId.ts'
import { recordIds } from './recordIds.ts'
import type { FieldSpec } from './recordSpecs.ts'
import { SourcePicker } from './SourcePicker.tsx'
import type { Edits } from './useEditorDocument.ts'

type Props = {
  spec: FieldSpec
  /** The record's path; the field is at `[...path, spec.key]`. */
  path: Path
  record: Record<string, unknown>
  raw: RawDataset
  edits: Edits
  /** The list the record belongs to, for an id that renames its references. */
  kind?: IdKind
}

/** One labelled control for one field of a record, chosen by the field's kind. */
export function FieldControl({ spec, path, record, raw, edits, kind }: Props) {
  const at = [...path, spec.key]
  const id = fieldId(at)
  const value = record[spec.key]
  const key = at.join('.')
  const empty = spec.optional ? undefined : ''
  switch (spec.kind) {
    case 'id':
      return kind ? (
        <IdField
          id={id}
          label={spec.label}
          value={String(value ?? '')}
          onRename={(to) => edits.replace((r) => renameId(r, kind, String(value ?? ''), to))}
        />
      ) : null
    case 'localized':
      return <LocalizedField spec={spec} path={at} value={value} raw={raw} edits={edits} />
    case 'number':
      return (
        <Labelled id={id} label={spec.label}>
          <input
            id={id}
            type="number"
            inputMode="numeric"
            value={Number.isFinite(value) ? String(value) : ''}
            onChange={(e) =>
              edits.edit(at, e.target.value === '' ? empty : Number(e.target.value), key)
            }
          />
        </Labelled>
      )
    case 'enum':
      return (
        <Labelled id={id} label={spec.label}>
          <select
            id={id}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => edits.edit(at, e.target.value === '' ? undefined : e.target.value)}
          >
            {spec.optional || typeof value !== 'string' ? <option value="">(none)</option> : null}
            {spec.values.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </Labelled>
      )
    case 'ref':
      return (
        <Labelled id={id} label={spec.label}>
          <select
            id={id}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) =>
              edits.edit(
                at,
                e.target.value === '' ? (spec.nullable ? null : undefined) : e.target.value,
              )
            }
          >
            <option value="">{spec.nullable || spec.optional ? '(none)' : '(choose)'}</option>
            {recordIds(raw, spec.to).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </Labelled>
      )
    case 'refs':
      return (
        <SourcePicker
          id={id}
          label={spec.label}
          path={at}
          value={value}
          options={recordIds(raw, spec.to)}
          edits={edits}
        />
      )
    case 'seats':
      return <SeatsField path={at} value={value} raw={raw} edits={edits} />
    case 'colour':
      return <ColourField path={at} value={value} edits={edits} />
    case 'languages':
      return (
        <Labelled id={id} label={spec.label}>
          <input
            id={id}
            defaultValue={Array.isArray(value) ? value.join(', ') : ''}
            onBlur={(e) =>
              edits.edit(
                at,
                e.target.value
                  .split(',')
                  .map((t) => t.trim())
                  .filter(Boolean),
              )
            }
          />
        </Labelled>
      )
    default:
      return (
        <Labelled id={id} label={spec.label}>
          <input
            id={id}
            value={typeof value === 'string' ? value : ''}
            inputMode={spec.kind === 'date' || spec.kind === 'time' ? 'numeric' : undefined}
            onChange={(e) =>
              edits.edit(
                at,
                e.target.value === ''
                  ? spec.key === 'title' && spec.optional
                    ? null
                    : empty
                  : e.target.value,
                key,
              )
            }
          />
        </Labelled>
      )
  }
}

function Labelled({
  id,
  label,
  children,
}: {
  id: string
  label: string
  children: React.ReactNode
}) {
  return (
    <div className="ed-field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  )
}

/** An id is renamed on Enter or when the box is left, with every reference to it. */
function IdField({
  id,
  label,
  value,
  onRename,
}: {
  id: string
  label: string
  value: string
  onRename: (to: string) => void
}) {
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft !== null && draft !== value) onRename(draft.trim())
    setDraft(null)
  }
  return (
    <div className="ed-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={draft ?? value}
        aria-describedby={`${id}-hint`}
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit()
        }}
      />
      <p id={`${id}-hint`} className="ed-hint">
        Renaming changes every reference to it.
      </p>
    </div>
  )
}

/** One box per dataset language, side by side, each in its own language and direction. */
function LocalizedField({
  spec,
  path,
  value,
  raw,
  edits,
}: {
  spec: FieldSpec & { kind: 'localized' }
  path: Path
  value: unknown
  raw: RawDataset
  edits: Edits
}) {
  const texts = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const languages = Array.isArray(raw.meta?.languages) ? raw.meta.languages : Object.keys(texts)
  const set = (language: string, text: string) => {
    const next = { ...texts, [language]: text }
    // An optional text left empty in every language is left out, as the format means it.
    const blank = Object.values(next).every((t) => t === '')
    edits.edit(path, spec.optional && blank ? undefined : next, `${path.join('.')}.${language}`)
  }
  return (
    <fieldset className="ed-field ed-localized" id={fieldId(path)}>
      <legend>
        {spec.label}
        {spec.optional ? ' (optional)' : ''}
      </legend>
      <div className="ed-languages">
        {languages.map((language) => {
          const id = fieldId([...path, language])
          const text = typeof texts[language] === 'string' ? (texts[language] as string) : ''
          const Box = spec.long ? 'textarea' : 'input'
          return (
            <div key={language} className="ed-language">
              <label htmlFor={id}>{language}</label>
              <Box
                id={id}
                lang={language}
                dir={textDirection(language)}
                value={text}
                onChange={(e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
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

/** A party's seats: one number per chamber. */
function SeatsField({
  path,
  value,
  raw,
  edits,
}: {
  path: Path
  value: unknown
  raw: RawDataset
  edits: Edits
}) {
  const seats = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const chambers = [...new Set([...recordIds(raw, 'chambers'), ...Object.keys(seats)])]
  return (
    <fieldset className="ed-field" id={fieldId(path)}>
      <legend>Seats per chamber</legend>
      <div className="ed-languages">
        {chambers.map((chamber) => {
          const id = fieldId([...path, chamber])
          return (
            <div key={chamber} className="ed-language">
              <label htmlFor={id}>{chamber}</label>
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={0}
                value={Number.isFinite(seats[chamber]) ? String(seats[chamber]) : ''}
                onChange={(e) =>
                  edits.edit(
                    [...path, chamber],
                    e.target.value === '' ? undefined : Number(e.target.value),
                    `${path.join('.')}.${chamber}`,
                  )
                }
              />
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}

/** A colour for both themes, or a light and a dark one. */
function ColourField({ path, value, edits }: { path: Path; value: unknown; edits: Edits }) {
  const pair = value && typeof value === 'object' ? (value as Record<string, unknown>) : null
  const themes = pair ? ['light', 'dark'] : [null]
  return (
    <fieldset className="ed-field" id={fieldId(path)}>
      <legend>Colour (#rrggbb, 3:1 against both page colours)</legend>
      <div className="ed-languages">
        {themes.map((theme) => {
          const at = theme ? [...path, theme] : path
          const id = fieldId(at)
          const current = theme ? pair?.[theme] : value
          return (
            <div key={theme ?? 'both'} className="ed-language">
              <label htmlFor={id}>{theme ?? 'both themes'}</label>
              <input
                id={id}
                value={typeof current === 'string' ? current : ''}
                spellCheck={false}
                onChange={(e) => edits.edit(at, e.target.value, at.join('.'))}
              />
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}
