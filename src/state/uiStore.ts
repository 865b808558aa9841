import { create } from 'zustand'
import type { Language } from '../data/languages.ts'
import type { StanceRule } from '../data/vocabularies.ts'

/** A matrix cell: one party and one measure. */
export type CellRef = { party: string; measure: string }

/** UI state only: what the reader chose. The dataset and derived values never live here. */
export type UiState = {
  /** The reader's language; `null` means the dataset's default. */
  language: Language | null
  /** The phase shown; `null` means the dataset's last phase (how the dispute ended). */
  phase: string | null
  /** The party selected in any view (highlighted in every view). */
  selectedParty: string | null
  /** The measure selected in any view. */
  selectedMeasure: string | null
  /** Topics the matrix shows; empty means all. */
  topicFilter: readonly string[]
  /** Row order: by side and seats, or by agreement with this party id. */
  sortBy: 'side' | { agreementWith: string }
  /** The cell whose detail card is open. */
  openCell: CellRef | null
  /** Show opposition parties without any reported stance in the matrix. */
  showSilentParties: boolean
  /** Show opposition parties in the conflict graph (the coalition is always shown). */
  showOpposition: boolean
  /** The timeline event whose detail is open. */
  selectedEvent: string | null
  /** Last known stances carried forward (default), or only what was reported at the phase. */
  stanceRule: StanceRule
  /** The graph item (`node:vvd`, `relation:vvd>d66`, `pair:a|b`) whose card is pinned open. */
  openGraphItem: string | null
  /** How the sources list is ordered: grouped by outlet, or newest first. */
  sourceOrder: SourceOrder
  /** The matrix as a chart or as a table. */
  view: MatrixView
  /** Colour theme; `auto` follows the reader's system. */
  theme: Theme
  /** `?data=`: a bundled dataset's name or a same-origin path; `null` opens the default. */
  dataset: string | null
  /** Draw every cell of a large matrix (only while it is being exported); never in the URL. */
  drawWholeMatrix: boolean
  /** `?refresh=`: seconds between checks for a newer dataset (0: off); `null`: the dataset's `meta.refresh`. */
  refresh: number | null
}

export const MATRIX_VIEWS = ['chart', 'table'] as const
export type MatrixView = (typeof MATRIX_VIEWS)[number]
export const SOURCE_ORDERS = ['outlet', 'date'] as const
export type SourceOrder = (typeof SOURCE_ORDERS)[number]
export const THEMES = ['auto', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

const initial: UiState = {
  language: null,
  phase: null,
  selectedParty: null,
  selectedMeasure: null,
  topicFilter: [],
  sortBy: 'side',
  openCell: null,
  showSilentParties: false,
  showOpposition: false,
  selectedEvent: null,
  stanceRule: 'carried',
  openGraphItem: null,
  sourceOrder: 'outlet',
  view: 'chart',
  theme: 'auto',
  dataset: null,
  drawWholeMatrix: false,
  refresh: null,
}

/** The one UI store. Read it with narrow selectors: `useUiStore((s) => s.phase)`. */
export const useUiStore = create<UiState>(() => initial)

/** Switches the UI and dataset text to a language. */
export function setLanguage(language: Language): void {
  useUiStore.setState({ language })
}

/** Shows every view at a phase. */
export function setPhase(phase: string): void {
  useUiStore.setState({ phase })
}

/** Selects a party (or clears with `null`); selecting it again clears it. */
export function toggleParty(party: string | null): void {
  useUiStore.setState((s) => ({ selectedParty: s.selectedParty === party ? null : party }))
}

/** Selects a measure (or clears with `null`); selecting it again clears it. */
export function toggleMeasure(measure: string | null): void {
  useUiStore.setState((s) => ({ selectedMeasure: s.selectedMeasure === measure ? null : measure }))
}

/** Selects a party and a measure together (a relation chosen in the changes list); never toggles. */
export function selectPartyAndMeasure(party: string | null, measure: string | null): void {
  useUiStore.setState({ selectedParty: party, selectedMeasure: measure })
}

/** Selects a measure (from a list, where choosing never clears). */
export function selectMeasure(measure: string): void {
  useUiStore.setState({ selectedMeasure: measure })
}

/** Shows only these topics (empty: all). */
export function setTopicFilter(topics: readonly string[]): void {
  useUiStore.setState({ topicFilter: topics })
}

/** Orders matrix rows by side, or by agreement with a party. */
export function setSortBy(sortBy: UiState['sortBy']): void {
  useUiStore.setState({ sortBy })
}

/** Opens a cell's detail card, or closes it with `null`. */
export function setOpenCell(cell: CellRef | null): void {
  useUiStore.setState({ openCell: cell })
}

/** Shows or hides opposition parties without any reported stance. */
export function setShowSilentParties(show: boolean): void {
  useUiStore.setState({ showSilentParties: show })
}

/** Shows or hides opposition parties in the conflict graph. */
export function setShowOpposition(show: boolean): void {
  useUiStore.setState({ showOpposition: show })
}

/** Opens an event and shows every view at its phase; `null` closes it. */
export function selectEvent(event: { id: string; phase: string } | null): void {
  useUiStore.setState(
    event ? { selectedEvent: event.id, phase: event.phase } : { selectedEvent: null },
  )
}

/** Shows last known stances carried forward, or only what was reported at each phase. */
export function setStanceRule(stanceRule: StanceRule): void {
  useUiStore.setState({ stanceRule })
}

/** Pins a graph item's card open (`null` closes it). */
export function setOpenGraphItem(key: string | null): void {
  useUiStore.setState({ openGraphItem: key })
}

/** Orders the sources list by outlet or by date. */
export function setSourceOrder(sourceOrder: SourceOrder): void {
  useUiStore.setState({ sourceOrder })
}

/**
 * Shows one stance (a cell at its phase): opens its card in the matrix chart, clearing a topic
 * filter that hides its measure and showing silent parties if its party would be hidden.
 */
export function showStance(cell: CellRef & { phase: string }, partyShown: boolean): void {
  useUiStore.setState((s) => ({
    phase: cell.phase,
    view: 'chart',
    openCell: { party: cell.party, measure: cell.measure },
    topicFilter: [],
    showSilentParties: s.showSilentParties || !partyShown,
  }))
}

/** Shows a measure: selects it in every view and shows every topic in the matrix. */
export function showMeasure(measure: string): void {
  useUiStore.setState({ selectedMeasure: measure, topicFilter: [], view: 'chart' })
}

/**
 * Opens a graph item's card at a phase (`null`: keep the phase), with the opposition shown when
 * it is needed and no measure selection that would hide the item.
 */
export function showGraphItem(
  key: string,
  options: {
    phase: string | null
    party: string | null
    opposition: boolean
    keepMeasure: (id: string) => boolean
  },
): void {
  useUiStore.setState((s) => ({
    openGraphItem: key,
    ...(options.party ? { selectedParty: options.party } : {}),
    ...(options.phase ? { phase: options.phase } : {}),
    showOpposition: s.showOpposition || options.opposition,
    selectedMeasure:
      s.selectedMeasure && options.keepMeasure(s.selectedMeasure) ? s.selectedMeasure : null,
  }))
}

/** Draws every cell of a large matrix (for printing and export) or only those in view. */
export function setDrawWholeMatrix(drawWholeMatrix: boolean): void {
  useUiStore.setState({ drawWholeMatrix })
}

/** Shows the matrix as a chart or as a table. */
export function setView(view: MatrixView): void {
  useUiStore.setState({ view })
}

/** Clears selections that the dataset does not know (a stale or mistyped link). */
export function dropUnknownSelections(known: {
  phase: (id: string) => boolean
  party: (id: string) => boolean
  measure: (id: string) => boolean
}): void {
  const { phase, selectedParty, selectedMeasure } = useUiStore.getState()
  const next: Partial<UiState> = {}
  if (phase !== null && !known.phase(phase)) next.phase = null
  if (selectedParty !== null && !known.party(selectedParty)) next.selectedParty = null
  if (selectedMeasure !== null && !known.measure(selectedMeasure)) next.selectedMeasure = null
  if (Object.keys(next).length > 0) useUiStore.setState(next)
}

/** Opens another bundled dataset (`null`: the default); selections of the old one are dropped. */
export function setDataset(dataset: string | null): void {
  useUiStore.setState({
    dataset,
    phase: null,
    selectedParty: null,
    selectedMeasure: null,
    selectedEvent: null,
    openCell: null,
    openGraphItem: null,
    topicFilter: [],
    sortBy: 'side',
  })
}

/**
 * After a live update: a reader who had chosen the last phase by hand was following the latest,
 * so they follow the new latest (`null`); any other chosen phase stays.
 */
export function followLatestPhase(previousLast: string, nextLast: string): void {
  if (previousLast !== nextLast && useUiStore.getState().phase === previousLast)
    useUiStore.setState({ phase: null })
}

/** Back to the defaults (tests and "reset view"). */
export function resetUi(): void {
  useUiStore.setState(initial)
}

/** The defaults, for the URL codec: a value equal to its default is left out of links. */
export const UI_DEFAULTS: Readonly<UiState> = initial
