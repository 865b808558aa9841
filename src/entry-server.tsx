import { type ReactNode, StrictMode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { prerender } from 'react-dom/static'
import { App } from './app/App.tsx'
import { setPrerenderedDataset } from './app/pageDataset.ts'
import { describeMatrix } from './charts/stance-matrix/describeMatrix.ts'
import { StanceTable } from './charts/stance-matrix/StanceTable.tsx'
import { datasetFingerprint } from './data/datasetFingerprint.ts'
import { textIn } from './data/languages.ts'
import { parseDatasetText } from './data/parseDatasetText.ts'
import { formatProblem } from './data/problem.ts'
import { shareCardSvg } from './export/shareCardSvg.ts'
import './i18n/allCatalogues.ts'
import { CATALOGUE_LANGUAGES } from './i18n/catalogues.ts'
import { matrixModel } from './model/matrixModel.ts'
import { catalogueLanguage, fill, messages } from './ui/strings.ts'

/** What the build writes into index.html: the first view, and its data as a table for readers without JavaScript. */
export type FirstView = {
  html: string
  /** The compact embed's first view (embed.html), showing the matrix. */
  embedHtml: string
  noscript: string
  title: string
  /** The loading line per language, shown while another dataset than this one loads. */
  loading: Record<string, string>
  language: string
  /** The interface catalogue the page speaks (`de` for a `de-AT` page): the build preloads it. */
  catalogue: string
  fingerprint: string
  /** What a shared link's card shows (Open Graph, Twitter): its texts and its image as SVG. */
  share: ShareCard
}

/** A page's share card: title, deck, the image (SVG, made a PNG by the build) and its alt text. */
export type ShareCard = {
  title: string
  description: string
  imageSvg: string
  imageAlt: string
  /** The page's language as Open Graph writes it (`nl_NL`), then the others. */
  locale: string
  alternateLocales: string[]
}

const OG_LOCALES: Record<string, string> = { nl: 'nl_NL', en: 'en_GB' }
/** A language tag as Open Graph writes a locale: `de-AT` → `de_AT`, `fr` → `fr_FR`. */
const ogLocale = (tag: string) => {
  const [language = tag, region] = tag.split('-')
  return OG_LOCALES[tag] ?? `${language}_${(region ?? language).toUpperCase()}`
}

/**
 * Renders the default view of a dataset with the same components the browser hydrates.
 * Throws with every problem listed when the dataset is invalid, so a bad file fails the build.
 */
export async function renderFirstView(datasetText: string, name: string): Promise<FirstView> {
  const checked = parseDatasetText(datasetText)
  if (!checked.ok)
    throw new Error(`invalid dataset:\n${checked.problems.map(formatProblem).join('\n')}`)
  const dataset = checked.value
  // The page's own dataset: its picker shows it chosen, as the browser will.
  setPrerenderedDataset(name)
  const language = dataset.meta.defaultLanguage
  const html = await renderComplete(
    <StrictMode>
      <App embed={{ embed: false, sections: ['matrix'], childId: null }} preloaded={dataset} />
    </StrictMode>,
  )
  const embedHtml = await renderComplete(
    <StrictMode>
      <App embed={{ embed: true, sections: ['matrix'], childId: null }} preloaded={dataset} />
    </StrictMode>,
  )
  const phase = dataset.phases.at(-1)?.id ?? ''
  const model = matrixModel(dataset, {
    phase,
    topics: [],
    sortBy: 'side',
    showSilentParties: false,
    rule: 'carried',
  })
  const table = renderToStaticMarkup(
    <StanceTable
      dataset={dataset}
      language={language}
      model={model}
      caption={fill(
        messages(language).ui.tableCaption,
        {
          phase: dataset.phaseById.get(phase)?.label[language] ?? phase,
        },
        language,
      )}
      columnLabel={(id) => dataset.measureById.get(id)?.title[language] ?? id}
    />,
  )
  return {
    html,
    embedHtml,
    noscript: table,
    title: textIn(dataset.meta.title, language),
    // A loading line per interface language, for a page asked for another dataset (asked-dataset.js).
    loading: Object.fromEntries(CATALOGUE_LANGUAGES.map((tag) => [tag, messages(tag).ui.loading])),
    language,
    catalogue: catalogueLanguage(language),
    fingerprint: datasetFingerprint(datasetText),
    share: {
      title: textIn(dataset.meta.title, language),
      description: textIn(dataset.meta.deck, language),
      imageSvg: shareCardSvg(dataset, language),
      imageAlt: `${messages(language).ui.matrixTitle}. ${describeMatrix(dataset, language, model)}`,
      locale: ogLocale(language),
      alternateLocales: dataset.meta.languages.filter((other) => other !== language).map(ogLocale),
    },
  }
}

/**
 * The whole page as HTML, lazily loaded parts included: `prerender` waits for them (where
 * `renderToString` would write their Suspense fallback). An error anywhere fails the build
 * instead of leaving a part for the browser to render.
 */
async function renderComplete(element: ReactNode): Promise<string> {
  const errors: unknown[] = []
  const { prelude } = await prerender(element, {
    onError: (error) => void errors.push(error),
    // One piece, in order: larger boundaries would be sent apart, completed by an inline script
    // that the strict CSP (script-src 'self') refuses.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
  })
  const html = await new Response(prelude).text()
  if (errors.length > 0) throw errors[0]
  if (html.includes('<script')) throw new Error('the prerendered HTML holds an inline script')
  return html
}
