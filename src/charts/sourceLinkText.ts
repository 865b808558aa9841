import type { Language } from '../data/languages.ts'
import type { RawSource } from '../data/schema.ts'

/**
 * The text of a link to a source: its headline as published (in the source's language), else
 * the editor's description in the reader's language, else `untitled`; never a host or URL, so
 * a reader can tell the links apart. `lang` is set only when the text is the headline.
 */
export function sourceLinkText(
  source: RawSource,
  language: Language,
  untitled: string,
): { text: string; lang: string | undefined } {
  if (source.title) return { text: source.title, lang: source.language }
  return { text: source.description?.[language] ?? untitled, lang: undefined }
}
