import type { Dataset } from '../../data/indexDataset.ts'
import type { Language } from '../../data/languages.ts'
import { atTheTable } from '../../data/vocabularies.ts'
import {
  type ConflictModel,
  type ConflictOptions,
  conflictModel,
} from '../../model/conflictModel.ts'
import { leadSeats } from '../../model/partyOrder.ts'
import { relationKeyText, relationKinds } from './describeGraph.ts'
import { type GraphLayout, graphLayout } from './layout.ts'

/** One view's graph: its model and its layout at a width. */
export type LaidGraph = { model: ConflictModel; layout: GraphLayout }

/**
 * Views already laid out, per dataset, the most recently used last. Placing the labels searches
 * many ring heights (tens of ms per phase on a phone), and the result depends only on these
 * inputs: a dataset's views are laid out once, not on every phase change.
 */
const laidOut = new WeakMap<Dataset, Map<string, LaidGraph>>()
/** Every phase of a dataset at a few widths and options; the oldest beyond this are dropped. */
const KEEP = 64

const viewKey = (language: Language, width: number, o: ConflictOptions) =>
  [language, width, o.phase, o.measure ?? '', o.includeOpposition, o.rule].join('\u0000')

/** Whether `laidGraph` with these arguments would answer without computing. */
export function isLaidOut(
  dataset: Dataset,
  language: Language,
  width: number,
  options: ConflictOptions,
): boolean {
  return laidOut.get(dataset)?.has(viewKey(language, width, options)) ?? false
}

/** The conflict graph of a view at a width (at most 640 px), computed once per dataset and view. */
export function laidGraph(
  dataset: Dataset,
  language: Language,
  width: number,
  options: ConflictOptions,
): LaidGraph {
  const key = viewKey(language, width, options)
  const views = laidOut.get(dataset) ?? new Map<string, LaidGraph>()
  laidOut.set(dataset, views)
  const found = views.get(key)
  // Re-inserted, so the map's order stays least recently used first.
  views.delete(key)
  const graph = found ?? layOut(dataset, language, width, options)
  views.set(key, graph)
  if (views.size > KEEP) views.delete(views.keys().next().value as string)
  return graph
}

function layOut(
  dataset: Dataset,
  language: Language,
  width: number,
  options: ConflictOptions,
): LaidGraph {
  const model = conflictModel(dataset, options)
  const layout = graphLayout(
    model,
    width,
    (id) => {
      const party = dataset.partyById.get(id)
      return party ? leadSeats(dataset, party) : 0
    },
    {
      node: (id) => dataset.partyById.get(id)?.shortName ?? id,
      bold: (id) => atTheTable(dataset.partyById.get(id)?.side ?? 'opposition'),
      relation: (edge) => relationKinds(language, edge),
      key: (edge) => relationKeyText(dataset, language, edge),
    },
  )
  return { model, layout }
}
