import { useMemo, useRef, useState } from 'react'
import { partyColours } from '../../data/colour.ts'
import type { Dataset } from '../../data/indexDataset.ts'
import type { Language } from '../../data/languages.ts'
import { atTheTable } from '../../data/vocabularies.ts'
import { useElementWidth } from '../../hooks/useElementWidth.ts'
import { useIdleQueue } from '../../hooks/useIdleQueue.ts'
import { useStoreAfterPaint } from '../../hooks/useStoreAfterPaint.ts'
import {
  setOpenGraphItem,
  setShowOpposition,
  toggleParty,
  useUiStore,
} from '../../state/uiStore.ts'
import { chromeMark } from '../../ui/chromeLanguage.ts'
import { fill, messages } from '../../ui/strings.ts'
import { UiText } from '../UiText.tsx'
import { AdjacencyTable } from './AdjacencyTable.tsx'
import { ConflictGraph } from './ConflictGraph.tsx'
import { describeGraph, describeNode, describePair, describeRelation } from './describeGraph.ts'
import { GraphCard } from './GraphCard.tsx'
import { graphItems } from './graphItems.ts'
import { laidGraph } from './laidGraph.ts'
import '../panel.css'
import './ConflictGraph.css'
import './GraphPanel.css'

type Props = { dataset: Dataset; language: Language; phase: string }

/** The graph container: joins the store, the model and the measured width; the chart only draws. */
export function GraphPanel({ dataset, language, phase }: Props) {
  const strings = messages(language).sections
  // A frame behind the matrix, as the phase is (BelowTheFold): a matrix click paints first.
  const selectedParty = useStoreAfterPaint(useUiStore, (s) => s.selectedParty)
  const selectedMeasure = useStoreAfterPaint(useUiStore, (s) => s.selectedMeasure)
  const showOpposition = useUiStore((s) => s.showOpposition)
  const rule = useUiStore((s) => s.stanceRule)
  const [focusIndex, setFocusIndex] = useState(0)
  const [preview, setPreview] = useState<string | null>(null)
  // In the store, so the sources list can open a relation's or a party's card.
  const openKey = useUiStore((s) => s.openGraphItem)
  const closeRef = useRef<HTMLButtonElement>(null)
  const [frameRef, width, frame] = useElementWidth<HTMLDivElement>(640)

  const measureIds = useMemo(
    () => (selectedMeasure ? [selectedMeasure] : dataset.measures.map((m) => m.id)),
    [dataset, selectedMeasure],
  )
  const options = { measure: selectedMeasure, includeOpposition: showOpposition, rule }
  const graphWidth = Math.min(width, 640)
  // Laid out once per view and dataset (the same objects again, so what derives from them is
  // not recomputed).
  const { model, layout } = laidGraph(dataset, language, graphWidth, { phase, ...options })
  // Every phase's layout, ahead of the reader's click: on a phone one took most of its time.
  // The stepper's neighbours first (previous and next), then outwards; laid out ones cost nothing.
  const at = dataset.phaseIndex.get(phase) ?? 0
  const warmUp = useMemo(
    () =>
      dataset.phases
        .map((p, i) => ({ id: p.id, distance: Math.abs(i - at) }))
        .sort((a, b) => a.distance - b.distance)
        .map((p) => () => {
          const view = { phase: p.id, measure: selectedMeasure, includeOpposition: showOpposition }
          laidGraph(dataset, language, graphWidth, { ...view, rule })
        }),
    [dataset, at, language, graphWidth, selectedMeasure, showOpposition, rule],
  )
  useIdleQueue(warmUp)
  const items = useMemo(() => graphItems(layout), [layout])
  const names = useMemo(
    () =>
      new Map(
        items.map((item) => {
          if (item.kind === 'node') return [item.key, describeNode(dataset, language, item.partyId)]
          if (item.kind === 'pair') {
            const pair = layout.pairs[item.index]
            return [item.key, pair ? describePair(dataset, language, pair.edge) : item.key]
          }
          const relation = layout.relations[item.index]
          return [
            item.key,
            relation
              ? describeRelation(
                  dataset,
                  language,
                  relation.edge,
                  relation.marker ? String(relation.marker.number) : undefined,
                )
              : item.key,
          ]
        }),
      ),
    [items, layout, dataset, language],
  )
  const safeIndex = Math.min(focusIndex, Math.max(0, items.length - 1))
  const shownKey = openKey ?? preview
  const shownItem = items.find((i) => i.key === shownKey) ?? null

  const close = () => {
    setOpenGraphItem(null)
    frame?.querySelector<SVGGElement>('[tabindex="0"]')?.focus()
  }
  const activate = (key: string) => {
    if (key.startsWith('node:')) toggleParty(key.slice('node:'.length))
    setOpenGraphItem(openKey === key ? null : key)
    if (openKey !== key) requestAnimationFrame(() => closeRef.current?.focus())
  }
  const measureTitle = selectedMeasure
    ? dataset.measureById.get(selectedMeasure)?.title[language]
    : null

  return (
    <section className="panel graph-panel" aria-labelledby="graph-title">
      <h2 id="graph-title">
        <UiText language={language} text={strings.graphTitle} />
      </h2>
      <p id="graph-summary" className="panel-intro" {...chromeMark(language)}>
        {measureTitle
          ? fill(strings.graphScopeMeasure, { measure: measureTitle }, language)
          : strings.graphScopeAll}{' '}
        {describeGraph(language, model)}{' '}
        <span className="visually-hidden">
          <UiText language={language} text={strings.graphHelp} />
        </span>
      </p>
      <label className="control-inline">
        <input
          type="checkbox"
          checked={showOpposition}
          onChange={(e) => setShowOpposition(e.target.checked)}
        />
        <UiText language={language} text={strings.showOpposition} />
      </label>
      <div className="matrix-and-card">
        <div className="graph-frame" ref={frameRef}>
          <ConflictGraph
            chromeLanguage={chromeMark(language).lang}
            layout={layout}
            items={items}
            titleId="graph-title"
            summaryId="graph-summary"
            focusIndex={safeIndex}
            selectedParty={selectedParty}
            openKey={openKey}
            names={names}
            partyColour={(id) => partyColours(dataset.partyById.get(id))}
            isCoalition={(id) => atTheTable(dataset.partyById.get(id)?.side ?? 'opposition')}
            onFocusIndex={setFocusIndex}
            onPreview={setPreview}
            onActivate={activate}
            onEscape={close}
          />
          <ul className="legend-list graph-legend">
            <li>
              <svg width="28" height="10" aria-hidden="true">
                <line className="legend-agree" x1="0" y1="5" x2="28" y2="5" />
              </svg>
              <UiText language={language} text={strings.legendAgree} />
            </li>
            <li>
              <svg width="28" height="10" aria-hidden="true">
                <line className="legend-disagree" x1="0" y1="5" x2="28" y2="5" />
              </svg>
              <UiText language={language} text={strings.legendDisagree} />
            </li>
            <li>
              <svg width="28" height="10" aria-hidden="true">
                <line
                  className="legend-relation"
                  x1="0"
                  y1="5"
                  x2="22"
                  y2="5"
                  markerEnd="url(#arrowhead)"
                />
              </svg>
              <UiText language={language} text={strings.legendRelation} />
            </li>
          </ul>
        </div>
        {/* Not a live region: it changes on every arrow press and hover, and reading the whole
              card each time drowned the reader (WCAG 4.1.3). Focus says where the reader is;
              opening a card moves focus into it, so the card is read when asked for. */}
        <aside className="cell-card-slot" aria-label={strings.graphDetailTitle}>
          {shownItem ? (
            // biome-ignore lint/a11y: Escape inside the card closes it and returns focus
            <div onKeyDown={(e) => e.key === 'Escape' && close()}>
              <GraphCard
                dataset={dataset}
                language={language}
                model={model}
                item={shownItem}
                phase={phase}
                measureIds={measureIds}
                rule={rule}
                pinned={openKey !== null}
                closeRef={closeRef}
                onClose={close}
              />
            </div>
          ) : (
            <p className="cell-card-empty">
              <UiText language={language} text={strings.graphDetailEmpty} />
            </p>
          )}
        </aside>
      </div>
      <AdjacencyTable dataset={dataset} language={language} model={model} />
    </section>
  )
}
