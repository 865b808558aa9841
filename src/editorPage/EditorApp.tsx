import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import type { Dataset } from '../data/indexDataset.ts'
import type { Problem } from '../data/problem.ts'
import { validateDataset } from '../data/validateDataset.ts'
import { fieldCandidates } from '../editor/editPath.ts'
import { parseJsonPath } from '../sheets/parseJsonPath.ts'
import { MetaForm } from './MetaForm.tsx'
import { OpenPanel } from './OpenPanel.tsx'
import { Preview } from './Preview.tsx'
import { ProblemList } from './ProblemList.tsx'
import { RecordForm } from './RecordForm.tsx'
import { recordIds } from './recordIds.ts'
import { type FormKind, RECORD_SPECS } from './recordSpecs.ts'
import { SavePanel } from './SavePanel.tsx'
import { StanceForm } from './StanceForm.tsx'
import { type Cell, StanceGrid } from './StanceGrid.tsx'
import { useEditorDocument } from './useEditorDocument.ts'

const SECTIONS = [
  'meta',
  'chambers',
  'parties',
  'people',
  'topics',
  'measures',
  'phases',
  'stances',
  'events',
  'relations',
  'sources',
  'save',
] as const
type Section = (typeof SECTIONS)[number]

/** The data desk's editor: open, edit, check and save a dataset beside the reader's own graphic. */
export function EditorApp() {
  const document_ = useEditorDocument()
  const { doc, present, edit, replace } = document_
  const edits = useMemo(() => ({ edit, replace }), [edit, replace])
  const [note, setNote] = useState<string | null>(
    document_.restoredAt
      ? `Restored the work kept in this browser (${document_.restoredAt.slice(0, 16).replace('T', ' ')} UTC).`
      : null,
  )
  const [section, setSection] = useState<Section>('stances')
  const [chosen, setChosen] = useState<Partial<Record<FormKind, number>>>({})
  const [phase, setPhase] = useState('')
  const [cell, setCell] = useState<Cell | null>(null)
  const [focusTarget, setFocusTarget] = useState<string[] | null>(null)

  // Checked off the typing path: React renders the keystroke first, then re-validates.
  const checkedRaw = useDeferredValue(present)
  const checked = useMemo(() => (checkedRaw ? validateDataset(checkedRaw) : null), [checkedRaw])
  const lastValid = useRef<Dataset | null>(null)
  if (checked?.ok) lastValid.current = checked.value
  const problems = checked && !checked.ok ? checked.problems : []

  const phases = present ? recordIds(present, 'phases') : []
  const shownPhase = phases.includes(phase) ? phase : (phases.at(-1) ?? '')

  useEffect(() => {
    if (!focusTarget) return
    setFocusTarget(null)
    for (const id of focusTarget) {
      const element = document.getElementById(id)
      if (!element) continue
      const target = element.matches('input, select, textarea, button, [tabindex]')
        ? element
        : element.querySelector<HTMLElement>('input, select, textarea, button')
      if (target) {
        target.focus()
        return
      }
    }
  }, [focusTarget])

  if (!doc || !present)
    return (
      <main className="ed-page">
        <h1>Coalition Stance editor</h1>
        <OpenPanel
          onOpen={(raw, name, hint) => {
            document_.open(raw, name)
            setNote(hint ?? null)
            setSection(hint ? 'sources' : 'stances')
          }}
        />
      </main>
    )

  const goTo = (problem: Problem) => {
    const steps = parseJsonPath(problem.path)
    if (!steps) return
    const [head, index] = steps
    if (head === 'stances' && typeof index === 'number') {
      const stance = present.stances[index]
      if (stance) {
        setSection('stances')
        setPhase(stance.phase)
        setCell({ party: stance.party, measure: stance.measure })
      }
    } else if (head === 'meta') setSection('meta')
    else if (typeof head === 'string' && head in RECORD_SPECS) {
      setSection(head as FormKind)
      if (typeof index === 'number') setChosen((c) => ({ ...c, [head]: index }))
    }
    setFocusTarget(fieldCandidates(steps))
  }

  return (
    <main className="ed-page">
      <header className="ed-bar">
        <h1>Coalition Stance editor</h1>
        <p className="ed-file">Editing {doc.name}</p>
        <div className="ed-row">
          <button type="button" onClick={document_.undo} disabled={doc.history.past.length === 0}>
            Undo
          </button>
          <button type="button" onClick={document_.redo} disabled={doc.history.future.length === 0}>
            Redo
          </button>
          <button
            type="button"
            onClick={() => {
              if (
                window.confirm(
                  'Discard the work kept in this browser and close the dataset? Anything not saved as a file is lost.',
                )
              )
                document_.discard()
            }}
          >
            Discard work in progress
          </button>
        </div>
        {note ? (
          <p className="ed-note" role="status">
            {note}
          </p>
        ) : null}
      </header>
      <div className="ed-columns">
        <div className="ed-edit">
          <ProblemList problems={problems} onChoose={goTo} />
          <nav aria-label="Parts of the dataset" className="ed-sections">
            {SECTIONS.map((s) => (
              <button
                key={s}
                type="button"
                aria-current={s === section ? 'true' : undefined}
                onClick={() => setSection(s)}
              >
                {s}
              </button>
            ))}
          </nav>
          {section === 'meta' ? <MetaForm raw={present} edits={edits} /> : null}
          {section === 'stances' ? (
            <section aria-labelledby="stances-heading">
              <h2 id="stances-heading">Stances</h2>
              <div className="ed-row">
                <label htmlFor="grid-phase">Phase (grid and preview)</label>
                <select
                  id="grid-phase"
                  value={shownPhase}
                  onChange={(e) => setPhase(e.target.value)}
                >
                  {phases.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              </div>
              <StanceGrid raw={present} phase={shownPhase} cell={cell} onChoose={setCell} />
              {cell ? (
                <StanceForm raw={present} phase={shownPhase} cell={cell} edits={edits} />
              ) : (
                <p>Choose a cell to edit its stance.</p>
              )}
            </section>
          ) : null}
          {section in RECORD_SPECS ? (
            <RecordForm
              kind={section as FormKind}
              raw={present}
              edits={edits}
              index={chosen[section as FormKind] ?? 0}
              onChoose={(i) => setChosen((c) => ({ ...c, [section]: i }))}
            />
          ) : null}
          {section === 'save' ? (
            <SavePanel
              raw={present}
              origin={doc.origin}
              name={doc.name}
              valid={checked?.ok === true}
              edits={edits}
            />
          ) : null}
        </div>
        <section className="ed-preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview at phase {shownPhase}</h2>
          <Preview dataset={lastValid.current} phase={shownPhase} stale={checked?.ok === false} />
        </section>
      </div>
    </main>
  )
}
