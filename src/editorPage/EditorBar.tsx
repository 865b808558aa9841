type Props = {
  name: string
  canUndo: boolean
  canRedo: boolean
  onUndo: () => void
  onRedo: () => void
  onDiscard: () => void
}

/** The editor's header: the file, undo and redo (also Ctrl+Z, Ctrl+Shift+Z), and discard. */
export function EditorBar({ name, canUndo, canRedo, onUndo, onRedo, onDiscard }: Props) {
  return (
    <header className="ed-bar">
      <div className="ed-title">
        <h1>Coalition Stance editor</h1>
        <p className="ed-file">
          Editing <strong>{name}</strong>
        </p>
      </div>
      <div className="ed-row ed-actions">
        <button type="button" onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button
          type="button"
          onClick={onRedo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          Redo
        </button>
        <button
          type="button"
          className="ed-danger"
          onClick={() => {
            if (
              window.confirm(
                'Discard the work kept in this browser and close the dataset? Anything not saved as a file is lost.',
              )
            )
              onDiscard()
          }}
        >
          Discard work in progress
        </button>
      </div>
    </header>
  )
}
