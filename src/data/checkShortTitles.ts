import { LANGUAGES } from './languages.ts'
import type { PartialDataset } from './partialDataset.ts'
import { type Problem, quoteValue } from './problem.ts'

/** Length as a reader counts it: characters, not UTF-16 units ("ë" is one). */
const characters = (text: string) => [...text].length

/**
 * A measure's short title stands in for its title where space is short, so it must be shorter
 * than or as long as the title, in every language. (Empty ones fail the shape check already.)
 */
export function checkShortTitles({ measures }: PartialDataset): Problem[] {
  return measures.flatMap((measure, i) => {
    if (!measure?.shortTitle) return []
    const { title, shortTitle } = measure
    return LANGUAGES.flatMap((language): Problem[] => {
      const short = characters(shortTitle[language])
      const full = characters(title[language])
      if (short <= full) return []
      return [
        {
          path: `measures[${i}].shortTitle.${language}`,
          message: `${quoteValue(shortTitle[language])} has ${short} characters, more than the title ${quoteValue(title[language])} (${full}); a short title shortens the title`,
        },
      ]
    })
  })
}
