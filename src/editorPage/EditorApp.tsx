import { useCallback, useMemo, useState } from 'react'
import type { Problem } from '../data/problem.ts'
import { EditorBar } from './EditorBar.tsx'
import { EditorNavContext } from './editorNav.ts'
import { datasetLanguages } from './fields/LocalizedField.tsx'
import { MetaForm } from './MetaForm.tsx'
import { OpenPanel } from './OpenPanel.tsx'
import { PreviewSection } from './PreviewSection.tsx'
import { ProblemList } from './ProblemList.tsx'
import { problemTarget } from './problemTarget.ts'
import { RecordForm } from './RecordForm.tsx'
import { recordIds } from './recordIds.ts'
import { type FormKind, RECORD_SPECS } from './recordSpecs.ts'
import { SavePanel } from './SavePanel.tsx'
import { type Section, SectionNav } from './SectionNav.tsx'
import type { Cell } from './StanceGrid.tsx'
import { StancesSection } from './StancesSection.tsx'
import { useEditorDocument } from './useEditorDocument.ts'
import { useFocusRequest } from './useFocusRequest.ts'
import { useUndoKeys } from './useUndoKeys.ts'
import { useValidation } from './useValidation.ts'

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
  const [language, setLanguage] = useState('')
  const [cell, setCell] = useState<Cell | null>(null)
  const requestFocus = useFocusRequest()
  const { checked, lastValid } = useValidation(present)
  useUndoKeys(doc ? document_.undo : null, doc ? document_.redo : null)
  const showRecord = useCallback(
    (kind: FormKind, index: number) => {
      setSection(kind)
      setChosen((c) => ({ ...c, [kind]: index }))
      requestFocus([`${kind}-heading`])
    },
    [requestFocus],
  )
  const nav = useMemo(() => ({ showRecord }), [showRecord])

  if (!doc || !present)
    return (
      <main className="ed-page">
        <h1>Coalition Stance editor</h1>
        <OpenPanel
          onOpen={(raw, name, hint) => {
            document_.open(raw, name)
            setNote(hint ?? null)
            setCell(null)
            setSection(hint ? 'sources' : 'stances')
          }}
        />
      </main>
    )

  const phases = recordIds(present, 'phases')
  const shownPhase = phases.includes(phase) ? phase : (phases.at(-1) ?? '')
  const languages = datasetLanguages(present)
  const shownLanguage = languages.includes(language)
    ? language
    : (present.meta?.defaultLanguage ?? languages[0] ?? '')

  const goTo = (problem: Problem) => {
    const target = problemTarget(present, problem)
    if (!target) return
    setSection(target.section)
    if (target.record) setChosen((c) => ({ ...c, [target.section]: target.record }))
    if (target.stance) {
      setPhase(target.stance.phase)
      setCell({ party: target.stance.party, measure: target.stance.measure })
    }
    requestFocus(target.fields)
  }

  return (
    <EditorNavContext.Provider value={nav}>
      <main className="ed-page">
        <EditorBar
          name={doc.name}
          canUndo={doc.history.past.length > 0}
          canRedo={doc.history.future.length > 0}
          onUndo={document_.undo}
          onRedo={document_.redo}
          onDiscard={document_.discard}
        />
        {note ? (
          <p className="ed-note" role="status">
            {note}
          </p>
        ) : null}
        {document_.unkept ? (
          <p className="ed-errors" role="alert">
            This browser refused to keep the work (its storage is full): save a file before closing
            the page.
          </p>
        ) : null}
        <div className="ed-columns">
          <div className="ed-edit">
            <ProblemList checked={checked} onChoose={goTo} />
            <SectionNav section={section} onSection={setSection} />
            {section === 'meta' ? <MetaForm raw={present} edits={edits} /> : null}
            {section === 'stances' ? (
              <StancesSection
                raw={present}
                phase={shownPhase}
                onPhase={setPhase}
                cell={cell}
                onCell={setCell}
                edits={edits}
              />
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
          <PreviewSection
            raw={present}
            dataset={lastValid}
            stale={checked?.ok === false}
            phase={shownPhase}
            onPhase={setPhase}
            language={shownLanguage}
            onLanguage={setLanguage}
          />
        </div>
        {/* The language tags a quote's language box suggests: the dataset's own. */}
        <datalist id="ed-language-tags">
          {languages.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      </main>
    </EditorNavContext.Provider>
  )
}
