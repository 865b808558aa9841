import { lazy, memo, Suspense } from 'react'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import { STRINGS } from '../ui/strings.ts'
import { afterFirstView } from './afterFirstView.ts'

/** The embed's code: loaded as soon as the page knows it is an embed (see main.tsx). */
export const loadEmbedGraphic = () => import('./EmbedGraphic.tsx')
export const EmbedGraphic = lazy(() =>
  loadEmbedGraphic().then((m) => ({ default: m.EmbedGraphic })),
)

const BelowTheFold = lazy(
  afterFirstView(() => import('./BelowTheFold.tsx').then((m) => ({ default: m.BelowTheFold }))),
)

type Props = { dataset: Dataset; language: Language }

/**
 * The sections under the matrix, in their own Suspense boundary: hydrated (or rendered) once
 * their code has arrived after the first view; the prerendered HTML stays meanwhile.
 * Memoised so a re-render of the page with the same dataset and language leaves the boundary
 * alone (new props before it hydrates would make React replace the prerendered HTML).
 */
export const DeferredSections = memo(function DeferredSections({ dataset, language }: Props) {
  return (
    <Suspense
      fallback={
        <p className="loading deferred" aria-busy="true">
          {STRINGS[language].loading}
        </p>
      }
    >
      <BelowTheFold dataset={dataset} language={language} />
    </Suspense>
  )
})
