import { estimateTextWidth } from '../textWidth.ts'

/** A measure's titles in the language shown: the full one, and the editor's short form if any. */
export type MeasureTitles = { title: string; shortTitle: string | null }

/** Splits a label at the space nearest its middle, so the two lines are about as long. */
export function splitInTwo(text: string): string[] {
  const middle = text.length / 2
  let best = -1
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1))
    if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i
  return best === -1 ? [text] : [text.slice(0, best), text.slice(best + 1)]
}

type Options = { maxWidth: number; fontSize: number; twoLines: boolean }

/**
 * The lines of a slanted column header, never cut with an ellipsis: the whole title when it
 * fits `maxWidth`, else the short title, else the title on two lines where there is room for
 * two (`twoLines`), else the whole title on one long line.
 */
export function columnLabelLines(
  titles: MeasureTitles,
  { maxWidth, fontSize, twoLines }: Options,
): string[] {
  // A slanted title never breaks inside a word: drop the soft hyphens that say where it may,
  // which an SVG editor opening the downloaded chart could show as hyphens.
  const title = withoutSoftHyphens(titles.title)
  const shortTitle = titles.shortTitle === null ? null : withoutSoftHyphens(titles.shortTitle)
  const fits = (text: string) => estimateTextWidth(text, fontSize) <= maxWidth
  if (fits(title)) return [title]
  if (shortTitle !== null && fits(shortTitle)) return [shortTitle]
  const label = shortTitle ?? title
  return twoLines ? splitInTwo(label) : [label]
}

const withoutSoftHyphens = (text: string) => text.replaceAll('\u00ad', '')
