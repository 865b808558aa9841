import { useEffect, useId, useState } from 'react'
import { flushSync } from 'react-dom'
import { UiText } from '../charts/UiText.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import { type Language, textIn } from '../data/languages.ts'
import { embedSnippets } from '../embed/embedSnippets.ts'
import { exportFileName } from '../export/exportFileName.ts'
import { useStoreAfterPaint } from '../hooks/useStoreAfterPaint.ts'
import { setDrawWholeMatrix, useUiStore } from '../state/uiStore.ts'
import { fill, messages } from '../ui/strings.ts'
import { download } from './download.ts'
import '../charts/panel.css'
import './SharePanel.css'

type Props = { dataset: Dataset; language: Language; phase: string }

/** Link, embed codes (with copy buttons) and downloads for the view the reader is looking at. */
export function SharePanel({ dataset, language, phase }: Props) {
  const strings = messages(language).sections
  // Follows a frame late, like the phase it is given (BelowTheFold).
  const viewKey = useStoreAfterPaint(
    useUiStore,
    (s) =>
      `${s.phase}|${s.selectedParty}|${s.selectedMeasure}|${s.view}|${s.stanceRule}|${s.language}|${s.theme}`,
  )
  const view = useUiStore((s) => s.view)
  const rule = useUiStore((s) => s.stanceRule)
  const [exportError, setExportError] = useState('')
  // The page's URL and size exist only in the browser: read them after rendering (also keeps
  // the prerendered HTML and the first client render identical), and again on every view change.
  const [where, setWhere] = useState<{ url: string; height: number } | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: viewKey is the trigger, read through the URL
  useEffect(() => {
    // A fixed starting height: the embed reports its real height as soon as it loads, and
    // measuring the page here would force a layout on every change of view.
    setWhere({ url: window.location.href, height: 800 })
  }, [viewKey])
  const snippets = where
    ? embedSnippets({
        pageUrl: where.url,
        title: textIn(dataset.meta.title, language),
        id: dataset.meta.id,
        height: where.height,
      })
    : { link: '', iframe: '', pym: '' }
  const phaseLabel = dataset.phaseById.get(phase)?.label[language] ?? phase
  const frame = {
    title: textIn(dataset.meta.title, language),
    sourceLine: fill(
      strings.exportSourceLine,
      {
        sources: dataset.sources.length,
        phase: phaseLabel,
      },
      language,
    ),
    credits: `${dataset.meta.credits[language]} ${dataset.meta.licence}`,
  }
  const chartFile = async (selector: string, name: string, format: 'svg' | 'png') => {
    // Export code loads on demand: it is not needed for the first view.
    const { standaloneSvg } = await import('../export/standaloneSvg.ts')
    // A large matrix draws only the cells in view: draw all of them for the copy, then stop.
    flushSync(() => setDrawWholeMatrix(true))
    const svg = document.querySelector<SVGSVGElement>(selector)
    const text = svg ? standaloneSvg(svg, frame) : null
    setDrawWholeMatrix(false)
    if (text === null) return
    const file = exportFileName(dataset.meta.id, name, phase, format)
    if (format === 'svg') return download(text, file, 'image/svg+xml')
    try {
      const { svgToPngBlob } = await import('../export/svgToPng.ts')
      download(await svgToPngBlob(text), file)
      setExportError('')
    } catch (error) {
      setExportError(
        `${strings.exportFailed} (${error instanceof Error ? error.message : String(error)})`,
      )
    }
  }
  return (
    <section className="panel share" aria-labelledby="share-title">
      <h2 id="share-title">
        <UiText language={language} text={strings.shareTitle} />
      </h2>
      <p>
        <UiText language={language} text={strings.shareIntro} />
      </p>
      <Snippet label={strings.shareLink} text={snippets.link} language={language} rows={1} />
      <Snippet label={strings.shareIframe} text={snippets.iframe} language={language} rows={3} />
      <Snippet label={strings.sharePym} text={snippets.pym} language={language} rows={4} />
      <h3>
        <UiText language={language} text={strings.downloads} />
      </h3>
      <div className="download-buttons">
        <button
          type="button"
          disabled={view !== 'chart'}
          onClick={() => chartFile('svg.stance-matrix', 'matrix', 'svg')}
        >
          <UiText language={language} text={strings.exportMatrixSvg} />
        </button>
        <button
          type="button"
          disabled={view !== 'chart'}
          onClick={() => chartFile('svg.stance-matrix', 'matrix', 'png')}
        >
          <UiText language={language} text={strings.exportMatrixPng} />
        </button>
        <button type="button" onClick={() => chartFile('svg.conflict-graph', 'graph', 'svg')}>
          <UiText language={language} text={strings.exportGraphSvg} />
        </button>
        <button type="button" onClick={() => chartFile('svg.conflict-graph', 'graph', 'png')}>
          <UiText language={language} text={strings.exportGraphPng} />
        </button>
        <button
          type="button"
          onClick={async () =>
            download(
              (await import('../export/stancesCsv.ts')).stancesCsv(dataset, language, rule),
              exportFileName(dataset.meta.id, 'stances', null, 'csv'),
              'text/csv;charset=utf-8',
            )
          }
        >
          <UiText language={language} text={strings.exportCsv} />
        </button>
        <button
          type="button"
          onClick={async () =>
            download(
              (await import('../export/datasetJson.ts')).datasetJson(dataset),
              exportFileName(dataset.meta.id, 'dataset', null, 'json'),
              'application/json',
            )
          }
        >
          <UiText language={language} text={strings.exportJson} />
        </button>
      </div>
      {view !== 'chart' && (
        <p className="majority-note">
          <UiText language={language} text={strings.exportNeedsChart} />
        </p>
      )}
      <p className="snippet-status" role="status">
        {exportError}
      </p>
    </section>
  )
}

type SnippetProps = { label: string; text: string; language: Language; rows: number }

/** One copyable snippet: a read-only text area and a copy button that says what happened. */
function Snippet({ label, text, language, rows }: SnippetProps) {
  const strings = messages(language).sections
  const id = useId()
  const [status, setStatus] = useState('')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setStatus(strings.copied)
    } catch {
      setStatus(strings.copyFailed)
    }
  }
  return (
    <div className="snippet">
      <label htmlFor={id}>
        <UiText language={language} text={label} />
      </label>
      <div className="snippet-row">
        {/* Code and addresses read left to right, on a right-to-left page too. */}
        <textarea
          id={id}
          dir="ltr"
          readOnly
          rows={rows}
          value={text}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={copy}>
          <UiText language={language} text={strings.copy} />
        </button>
      </div>
      <p className="snippet-status" role="status">
        {status}
      </p>
    </div>
  )
}
