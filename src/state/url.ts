import { isLanguage } from '../data/languages.ts'
import { STANCE_RULES, type StanceRule } from '../data/vocabularies.ts'
import {
  MATRIX_VIEWS,
  type MatrixView,
  SOURCE_ORDERS,
  type SourceOrder,
  THEMES,
  type Theme,
  type UiState,
} from './uiStore.ts'

/** The part of the UI state a link holds, under readable parameter names. */
export type ViewParams = Partial<
  Pick<
    UiState,
    | 'language'
    | 'phase'
    | 'selectedParty'
    | 'selectedMeasure'
    | 'stanceRule'
    | 'view'
    | 'theme'
    | 'dataset'
    | 'sourceOrder'
    | 'refresh'
  >
>

/** The shortest interval `?refresh=` may ask for, in seconds. */
export const MIN_REFRESH_SECONDS = 5
/** The longest: a day. */
const MAX_REFRESH_SECONDS = 86_400

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const id = (value: string | null) =>
  value !== null && value.length <= 64 && ID.test(value) ? value : undefined
const shortText = (value: string | null) => (value && value.length <= 300 ? value : undefined)
// Whole seconds; 0 turns checking off, 1–4 mean the shortest interval allowed.
const seconds = (value: string | null) => {
  if (value === null || !/^\d{1,6}$/.test(value)) return undefined
  const n = Number(value)
  if (n === 0) return 0
  return n <= MAX_REFRESH_SECONDS ? Math.max(n, MIN_REFRESH_SECONDS) : undefined
}
const oneOf = <T extends string>(values: readonly T[], value: string | null) =>
  (values as readonly (string | null)[]).includes(value) ? (value as T) : undefined

/**
 * Reads view state from a query string. Tolerant: malformed values are dropped, never thrown;
 * ids that look valid but the dataset does not know are dropped later by the app.
 */
export function parseViewParams(search: string): ViewParams {
  const params = new URLSearchParams(search)
  const read = {
    language: isLanguage(params.get('lang'))
      ? (params.get('lang') as ViewParams['language'])
      : undefined,
    phase: id(params.get('phase')),
    selectedParty: id(params.get('party')),
    selectedMeasure: id(params.get('measure')),
    stanceRule: oneOf<StanceRule>(STANCE_RULES, params.get('stances')),
    view: oneOf<MatrixView>(MATRIX_VIEWS, params.get('view')),
    theme: oneOf<Theme>(THEMES, params.get('theme')),
    // Any short text: the app decides whether it may load it (see datasetLocation.ts).
    dataset: shortText(params.get('data')),
    sourceOrder: oneOf<SourceOrder>(SOURCE_ORDERS, params.get('sources')),
    refresh: seconds(params.get('refresh')),
  }
  return Object.fromEntries(
    Object.entries(read).filter(([, value]) => value !== undefined),
  ) as ViewParams
}

const NAMES = {
  language: 'lang',
  phase: 'phase',
  selectedParty: 'party',
  selectedMeasure: 'measure',
  stanceRule: 'stances',
  view: 'view',
  theme: 'theme',
  dataset: 'data',
  sourceOrder: 'sources',
  refresh: 'refresh',
} as const satisfies Record<keyof ViewParams, string>

/**
 * Writes view state into a query string, keeping every parameter it does not own (embed,
 * childId, show…) and leaving out values equal to their defaults, so links stay short.
 */
export function formatViewParams(
  state: Pick<UiState, keyof ViewParams>,
  defaults: Pick<UiState, keyof ViewParams>,
  search = '',
): string {
  const params = new URLSearchParams(search)
  for (const [key, name] of Object.entries(NAMES) as [keyof ViewParams, string][]) {
    const value = state[key]
    if (value === null || value === defaults[key]) params.delete(name)
    else params.set(name, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}
