import type { PartialDataset } from './partialDataset.ts'
import { type Problem, quoteValue } from './problem.ts'

/**
 * Length as a reader counts it: characters, not UTF-16 units ("ë" is one), and no soft
 * hyphens (U+00AD): they only mark where a long word may break, and show only there.
 */
const characters = (text: string) => [...text.replaceAll('\u00ad', '')].length

/**
 * A measure's short title stands in for its title where space is short, so it must be shorter
 * than or as long as the title, in every language. (Empty ones fail the shape check already.)
 */
export function checkShortTitles({ measures }: PartialDataset): Problem[] {
  return measures.flatMap((measure, i) => {
    if (!measure?.shortTitle) return []
    const { title, shortTitle } = measure
    return Object.entries(shortTitle).flatMap(([language, text]): Problem[] => {
      // A language the title lacks is checkLanguages' to report.
      const titleText = title[language]
      if (titleText === undefined) return []
      const short = characters(text)
      const full = characters(titleText)
      if (short <= full) return []
      return [
        {
          path: `measures[${i}].shortTitle.${language}`,
          message: `${quoteValue(text)} has ${short} characters, more than the title ${quoteValue(titleText)} (${full}); a short title shortens the title`,
        },
      ]
    })
  })
}
