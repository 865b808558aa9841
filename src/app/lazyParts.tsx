import { type ComponentType, lazy, memo, Suspense, useEffect } from 'react'
import { UiText } from '../charts/UiText.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import { loadCatalogue } from '../i18n/catalogues.ts'
import { catalogueLanguage, messages } from '../ui/strings.ts'
import { afterFirstView } from './afterFirstView.ts'
import { markInteractive } from './markInteractive.ts'

/** The embed's code: loaded as soon as the page knows it is an embed (see main.tsx). */
export const loadEmbedGraphic = () => import('./EmbedGraphic.tsx')
export const EmbedGraphic = lazy(
  orUnavailable(() => loadEmbedGraphic().then((m) => m.EmbedGraphic)),
)

/** An embed's sections besides the matrix (see EmbedSections.tsx): fetched only when asked for. */
export const loadEmbedSections = () => import('./EmbedSections.tsx')
export const EmbedSections = lazy(
  orUnavailable(() => loadEmbedSections().then((m) => m.EmbedSections)),
)

const BelowTheFold = lazy(
  afterFirstView(orUnavailable(() => import('./BelowTheFold.tsx').then((m) => m.BelowTheFold))),
)

type Props = { dataset: Dataset; language: Language }

/**
 * The sections under the matrix, in their own Suspense boundary: hydrated (or rendered) once
 * their code has arrived after the first view; the prerendered HTML stays meanwhile.
 * Memoised so a re-render of the page with the same dataset and language leaves the boundary
 * alone (new props before it hydrates would make React replace the prerendered HTML).
 */
export const DeferredSections = memo(function DeferredSections({ dataset, language }: Props) {
  const languages = dataset.meta.languages
  useEffect(() => {
    // The dataset's other languages are fetched beside the sections' code, not after it: the
    // page is marked live only once they are here (BelowTheFold), so a switch answers at once.
    const load = () => Promise.allSettled(languages.map((l) => loadCatalogue(catalogueLanguage(l))))
    void afterFirstView(load)()
  }, [languages])
  return (
    <Suspense
      fallback={
        <p className="loading">
          <UiText language={language} text={messages(language).ui.loading} />
        </p>
      }
    >
      <BelowTheFold dataset={dataset} language={language} />
    </Suspense>
  )
})

/** A lazy part as React.lazy wants it; when its code cannot be fetched, a notice instead of a blank page. */
function orUnavailable<P extends { language: Language }>(
  load: () => Promise<ComponentType<P>>,
): () => Promise<{ default: ComponentType<P> }> {
  return () =>
    load().then(
      (component) => ({ default: component }),
      () => ({ default: PartUnavailable }),
    )
}

/** Shown where a part's code could not be fetched (offline, or a newer deploy replaced it). */
function PartUnavailable({ language }: { language: Language }) {
  // The page is as live as it will get: hosts and tests waiting for it need not wait longer.
  useEffect(markInteractive, [])
  return (
    <p className="loading" role="alert">
      <UiText language={language} text={messages(language).ui.partUnavailable} />
    </p>
  )
}
