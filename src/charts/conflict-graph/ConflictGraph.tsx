import { type KeyboardEvent, useRef } from 'react'
import { handleListKey } from '../listFocus.ts'
import { PerTheme } from '../PerTheme.tsx'
import { GraphKey, RelationMarker } from './GraphKey.tsx'
import { GraphLines } from './GraphLines.tsx'
import type { GraphItem } from './graphItems.ts'
import { FOCUS_BAND } from './graphSizes.ts'
import { LabelText } from './LabelText.tsx'
import type { GraphLayout } from './layout.ts'
import './ConflictGraph.css'

type Props = {
  layout: GraphLayout
  items: GraphItem[]
  titleId: string
  summaryId: string
  focusIndex: number
  selectedParty: string | null
  openKey: string | null
  names: ReadonlyMap<string, string>
  partyColour: (partyId: string) => { light: string; dark: string }
  isCoalition: (partyId: string) => boolean
  onFocusIndex: (index: number) => void
  onPreview: (key: string | null) => void
  onActivate: (key: string) => void
  onEscape: () => void
  /** The language of the relations' labels (the interface's words), where it is not the page's. */
  chromeLanguage?: string | undefined
}

/** The widths of a focused line's outline: the focus ring, the gap inside it, the line itself. */
const focusWidths = (width: number) => ({
  ring: width + 2 * (FOCUS_BAND.gap + FOCUS_BAND.ring),
  gap: width + 2 * FOCUS_BAND.gap,
})

/**
 * Draws the conflict graph from its layout; one tab stop, arrows move through parties, relations
 * and pairs. The document holds them in that order, so a screen reader reads the graph as the
 * keyboard walks it; the lines are painted first, in a layer of their own (GraphLines).
 */
export function ConflictGraph(props: Props) {
  const { layout, items, focusIndex } = props
  const svgRef = useRef<SVGSVGElement>(null)
  const indexOf = new Map(items.map((item, i) => [item.key, i]))

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) =>
    handleListKey(event, {
      index: focusIndex,
      count: items.length,
      focusAt: (next) => {
        props.onFocusIndex(next)
        svgRef.current?.querySelector<SVGGElement>(`[data-item="${items[next]?.key}"]`)?.focus()
      },
      activate: (index) => {
        const item = items[index]
        if (item) props.onActivate(item.key)
      },
      escape: props.onEscape,
    })

  const focusable = (key: string) => ({
    'data-item': key,
    tabIndex: indexOf.get(key) === focusIndex ? 0 : -1,
    'aria-label': props.names.get(key) ?? key,
    onFocus: () => {
      props.onFocusIndex(indexOf.get(key) ?? 0)
      props.onPreview(key)
    },
    onMouseEnter: () => props.onPreview(key),
    onClick: () => props.onActivate(key),
  })
  const dim = (...partyIds: string[]) =>
    props.selectedParty !== null && !partyIds.includes(props.selectedParty) ? ' is-dimmed' : ''
  const open = (key: string) => (props.openKey === key ? ' is-open' : '')

  return (
    <svg
      ref={svgRef}
      className="conflict-graph"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      // Not mirrored on a right-to-left page: a ring of parties has no reading order, and the
      // label placement anchors each label by its side of the mark, left to right.
      direction="ltr"
      role="group"
      aria-labelledby={props.titleId}
      aria-describedby={props.summaryId}
      onKeyDown={onKeyDown}
      onMouseLeave={() => props.onPreview(null)}
    >
      <defs>
        <marker
          id="arrowhead"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path className="relation-arrow" d="M0,0 L10,5 L0,10 z" />
        </marker>
      </defs>
      <GraphLines layout={layout} dim={dim} />
      {layout.nodes.map((n) => {
        const key = `node:${n.partyId}`
        const colour = props.partyColour(n.partyId)
        const selected = props.selectedParty === n.partyId
        return (
          <g
            key={key}
            role="button"
            aria-pressed={selected}
            className={`graph-node${props.isCoalition(n.partyId) ? ' is-coalition' : ''}${selected ? ' is-selected' : ''}${dim(n.partyId)}${open(key)}`}
            {...focusable(key)}
          >
            <circle className="node-ring" cx={n.x} cy={n.y} r={n.r + 3.5} />
            <PerTheme colours={colour}>
              {(fill, themeClass) => (
                <circle
                  className={`node-mark ${themeClass}`}
                  cx={n.x}
                  cy={n.y}
                  r={n.r}
                  fill={fill}
                />
              )}
            </PerTheme>
            <LabelText className="node-label" label={n.label} />
          </g>
        )
      })}
      {layout.relations.map((r) => {
        const key = `relation:${r.edge.from}>${r.edge.to}`
        const widths = focusWidths(1.75)
        return (
          <g
            key={key}
            role="button"
            className={`graph-relation${dim(r.edge.from, r.edge.to)}${open(key)}`}
            {...focusable(key)}
          >
            <path className="hit-area" d={r.path} />
            <path className="focus-ring" d={r.path} strokeWidth={widths.ring} />
            <path className="focus-gap" d={r.path} strokeWidth={widths.gap} />
            <path className="relation-path focus-raised" d={r.path} markerEnd="url(#arrowhead)" />
            {r.label && (
              <LabelText className="relation-label" label={r.label} lang={props.chromeLanguage} />
            )}
            {r.marker && <RelationMarker marker={r.marker} />}
          </g>
        )
      })}
      {layout.pairs.map((p) => {
        const key = `pair:${p.edge.a}|${p.edge.b}`
        const line = { x1: p.x1, y1: p.y1, x2: p.x2, y2: p.y2 }
        const widths = focusWidths(p.width)
        return (
          <g
            key={key}
            role="button"
            className={`graph-pair is-${p.kind}${dim(p.edge.a, p.edge.b)}${open(key)}`}
            {...focusable(key)}
          >
            {/* A wide invisible line makes thin edges easy to hover and tap. */}
            <line className="hit-area" {...line} />
            <line className="focus-ring" {...line} strokeWidth={widths.ring} />
            <line className="focus-gap" {...line} strokeWidth={widths.gap} />
            <line className="pair-line focus-raised" {...line} strokeWidth={p.width} />
          </g>
        )
      })}
      <GraphKey rows={layout.key} />
    </svg>
  )
}
