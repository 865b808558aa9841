import type { ReactNode } from 'react'
import type { Language } from '../data/languages.ts'
import { chromeMark, datasetMark } from '../ui/chromeLanguage.ts'
import { fill } from '../ui/strings.ts'

type Props = {
  /** The page's language. */
  language: Language
  /** A catalogue string, with `{name}` placeholders when `values` fills them. */
  text: string
  values?: Record<string, string | number>
}

// A placeholder as fill() reads it: `{name}` or the plural form `{name|one|other}`.
const PLACEHOLDER = /(\{\w+(?:\|[^|}]*\|[^|}]*)?\})/

/**
 * Words of the interface, as fill() writes them. Where the catalogue is in another language
 * than the page (English words on a Hebrew page), they are marked with their language and
 * direction, and each value put in (a name, a date: the page's language) is isolated with its
 * own, so an English sentence keeps its full stop at its end and "אדום: 4 seats" its order.
 * Elsewhere it is the plain text fill() gives, so the page's markup is unchanged.
 */
export function UiText({ language, text, values = {} }: Props) {
  const mark = chromeMark(language)
  if (!mark.lang) return fill(text, values, language)
  const inner = datasetMark(language)
  const parts: ReactNode[] = []
  text.split(PLACEHOLDER).forEach((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1]
    // Plural words are the interface's own and numbers no language's; a value in words (a
    // name, a date) is the page's.
    const value = name === undefined ? undefined : values[name]
    const last = parts.length - 1
    if (typeof value === 'string')
      parts.push(
        // biome-ignore lint/suspicious/noArrayIndexKey: a template's parts keep their order
        <bdi key={i} {...inner}>
          {value}
        </bdi>,
      )
    // Runs of text stay one text node (this array is the function's own).
    else if (typeof parts[last] === 'string') parts[last] += fill(part, values, language)
    else parts.push(fill(part, values, language))
  })
  return <span {...mark}>{parts}</span>
}
