import { type ChangeEvent, type KeyboardEvent, useState } from 'react'

/** The props a text box spreads to hold a draft until it is committed. */
export type CommittedTextProps = {
  value: string
  onChange: (event: ChangeEvent<HTMLInputElement>) => void
  onBlur: () => void
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void
}

/**
 * A text box whose typing is a draft: Enter or leaving the box hands it to `commit` once, Escape
 * drops it. For edits that must not run on every keystroke (a rename rewrites every reference,
 * a language list adds or removes a box per text); `value` shows again once the draft is gone.
 */
export function useCommittedText(
  value: string,
  commit: (draft: string) => void,
): CommittedTextProps {
  const [draft, setDraft] = useState<string | null>(null)
  const done = () => {
    if (draft !== null) commit(draft)
    setDraft(null)
  }
  return {
    value: draft ?? value,
    onChange: (event) => setDraft(event.target.value),
    onBlur: done,
    onKeyDown: (event) => {
      if (event.key === 'Enter') done()
      if (event.key === 'Escape') setDraft(null)
    },
  }
}
