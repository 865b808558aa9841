import { nodeKey, relationKey } from '../charts/conflict-graph/graphItems.ts'
import type { Dataset } from '../data/indexDataset.ts'
import type { Citation } from '../data/sourceCitations.ts'
import { hasKnownStance } from '../model/matrixModel.ts'
import { actorParty } from '../model/relationsInEffect.ts'
import { selectEvent, showGraphItem, showMeasure, showStance } from '../state/uiStore.ts'

/**
 * How a citation is shown in the graphic: `show` selects it (through store actions) and `focus`
 * is the selector of the element to focus once it is drawn. `null` when the graphic cannot
 * draw it (a relation within one party); a person is a plain link to the people directory.
 */
export function citationAction(
  dataset: Dataset,
  citation: Citation,
): { show: () => void; focus: string } | null {
  switch (citation.kind) {
    case 'stance': {
      const party = dataset.partyById.get(citation.party)
      const shown =
        (party && party.side !== 'opposition') || hasKnownStance(dataset, citation.party)
      return {
        show: () => showStance(citation, shown),
        focus: '.matrix-panel [role="gridcell"][aria-expanded="true"]',
      }
    }
    case 'measure':
      return {
        show: () => showMeasure(citation.measure),
        focus: '.matrix-panel [role="columnheader"][aria-selected="true"]',
      }
    case 'event': {
      const event = dataset.events.find((e) => e.id === citation.event)
      if (!event) return null
      return {
        show: () => selectEvent(event),
        focus: `.timeline-panel [data-event="${event.id}"]`,
      }
    }
    case 'party': {
      const party = dataset.partyById.get(citation.party)
      const key = nodeKey(citation.party)
      return {
        show: () =>
          showGraphItem(key, {
            phase: null,
            party: citation.party,
            opposition: party?.side === 'opposition',
            keepMeasure: () => true,
          }),
        focus: `.graph-panel [data-item="${key}"]`,
      }
    }
    case 'relation':
      return relationAction(dataset, citation.relation)
    case 'person':
      return null
  }
}

function relationAction(dataset: Dataset, id: string) {
  const relation = dataset.relations.find((r) => r.id === id)
  const from = relation && actorParty(dataset, relation.from)
  const to = relation && actorParty(dataset, relation.to)
  // The graph draws a relation as an arrow between two different parties, or not at all.
  if (!relation || !from || !to || from === to) return null
  const key = relationKey(from, to)
  const side = (party: string) => dataset.partyById.get(party)?.side
  return {
    show: () =>
      showGraphItem(key, {
        phase: relation.phase,
        party: null,
        opposition: side(from) === 'opposition' || side(to) === 'opposition',
        keepMeasure: (measure: string) => !relation.measure || relation.measure === measure,
      }),
    focus: `.graph-panel [data-item="${key}"]`,
  }
}

/** Runs a citation's action, then focuses and scrolls to what it selected once React drew it. */
export function showCitation(action: { show: () => void; focus: string }): void {
  action.show()
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement | SVGElement>(action.focus)
    if (!target) return
    target.focus({ preventScroll: true })
    // Centred, so the card beside it is in view too; instant, which also suits reduced motion.
    target.scrollIntoView({ block: 'center' })
  })
}
