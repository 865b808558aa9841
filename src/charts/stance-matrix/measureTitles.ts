import type { Dataset } from '../../data/indexDataset.ts'
import { type Language, textIn } from '../../data/languages.ts'
import type { MeasureTitles } from './columnLabel.ts'

/** A measure's title and short title in one language, by id (the id itself if unknown). */
export function measureTitles(
  dataset: Dataset,
  language: Language,
): (measureId: string) => MeasureTitles {
  return (id) => {
    const measure = dataset.measureById.get(id)
    if (!measure) return { title: id, shortTitle: null }
    const { title, shortTitle } = measure
    return {
      title: textIn(title, language),
      shortTitle: shortTitle ? textIn(shortTitle, language) : null,
    }
  }
}
