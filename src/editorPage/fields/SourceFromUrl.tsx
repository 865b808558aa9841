import { useState } from 'react'
import type { RawDataset } from '../../data/schema.ts'
import type { Path } from '../../editor/editPath.ts'
import { getIn, setIn } from '../../editor/editPath.ts'
import { sourceFromUrl } from '../../editor/sourceFromUrl.ts'
import { useEditorNav } from '../editorNav.ts'
import type { Edits } from '../useEditorDocument.ts'
import './fields.css'

type Props = {
  id: string
  raw: RawDataset
  /** The list of source ids that cites the new source; none in the sources form itself. */
  citeAt?: Path
  edits: Edits
}

/**
 * Adds a source by its address: the id, outlet, language and (where the address has it) date
 * are suggested, the new source is cited at `citeAt` in the same undo step, and a link leads
 * to its form for the headline the desk must still write.
 */
export function SourceFromUrl({ id, raw, citeAt, edits }: Props) {
  const nav = useEditorNav()
  const [address, setAddress] = useState('')
  const [added, setAdded] = useState<{ id: string; index: number } | null>(null)
  const [refused, setRefused] = useState(false)
  const add = () => {
    const source = sourceFromUrl(raw, address)
    setRefused(source === null)
    setAdded(source && { id: source.id, index: raw.sources.length })
    if (!source) return
    setAddress('')
    // In the sources' own form, the new source is the one to write next.
    if (!citeAt) nav.showRecord('sources', raw.sources.length)
    edits.replace((r) => {
      const next = { ...r, sources: [...r.sources, source] }
      if (!citeAt) return next
      const cited = getIn(next, citeAt)
      return setIn(next, citeAt, [...(Array.isArray(cited) ? cited : []), source.id])
    })
  }
  return (
    <div className="ed-url">
      <div className="ed-add">
        <label htmlFor={id}>
          {citeAt ? 'Cite a new source, by its address' : 'A new source, by its address'}
        </label>
        <input
          id={id}
          type="url"
          inputMode="url"
          value={address}
          placeholder="https://"
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setAddress(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              add()
            }
          }}
        />
        <button type="button" onClick={add} disabled={address.trim() === ''}>
          {citeAt ? 'Add source and cite it' : 'Add source'}
        </button>
      </div>
      <div role="status" className="ed-hint">
        {refused ? 'That is not an http(s) address.' : null}
        {added ? (
          <>
            Added source {added.id}: write its headline (or a description) and check its date.{' '}
            {citeAt ? (
              <button
                type="button"
                className="ed-link"
                onClick={() => nav.showRecord('sources', added.index)}
              >
                Edit source {added.id}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  )
}
