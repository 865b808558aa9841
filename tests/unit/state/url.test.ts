import { expect, test } from 'vitest'
import { isLanguage } from '../../../src/data/languages.ts'
import { parseViewParams } from '../../../src/state/url.ts'

test("parseViewParams reads a language tag; whether the dataset has it is the app's to decide", () => {
  expect(parseViewParams('?lang=en')).toEqual({ language: 'en' })
  expect(parseViewParams('?lang=pt-BR')).toEqual({ language: 'pt-BR' })
  expect(parseViewParams('?lang=pt-br')).toEqual({})
  expect(parseViewParams('lang=nl&x=1')).toEqual({ language: 'nl' })
})

test('parseViewParams drops unknown or malformed values instead of throwing', () => {
  expect(parseViewParams('?lang=English')).toEqual({})
  expect(parseViewParams('?lang=%E0%A4%A')).toEqual({})
  expect(parseViewParams('')).toEqual({})
})

test('parseViewParams reads ?stances=reported as the "only reported" rule and drops anything else', () => {
  expect(parseViewParams('?stances=reported')).toEqual({ stanceRule: 'reported' })
  expect(parseViewParams('?stances=carried')).toEqual({ stanceRule: 'carried' })
  expect(parseViewParams('?stances=only')).toEqual({})
})

test('parseViewParams: any query string yields a valid view state and never throws (fuzzed)', async () => {
  const fc = (await import('fast-check')).default
  const { MATRIX_VIEWS, THEMES } = await import('../../../src/state/uiStore.ts')
  const names = [
    'lang',
    'phase',
    'party',
    'measure',
    'view',
    'stances',
    'theme',
    'data',
    'embed',
    '__proto__',
    'constructor',
  ]
  const query = fc.oneof(
    fc.string(),
    fc
      .array(fc.tuple(fc.constantFrom(...names), fc.string()), { maxLength: 8 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
  )
  fc.assert(
    fc.property(query, (search) => {
      const state = parseViewParams(search)
      if (state.language !== undefined) expect(isLanguage(state.language)).toBe(true)
      if (state.view !== undefined) expect(MATRIX_VIEWS).toContain(state.view)
      if (state.theme !== undefined) expect(THEMES).toContain(state.theme)
      if (state.stanceRule !== undefined)
        expect(['carried', 'reported']).toContain(state.stanceRule)
      for (const id of [state.phase, state.selectedParty, state.selectedMeasure])
        if (id !== undefined && id !== null) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(Object.getPrototypeOf(state)).toBe(Object.prototype)
    }),
    { numRuns: 3000 },
  )
})

test('formatViewParams round-trips through parseViewParams and keeps foreign parameters', async () => {
  const { formatViewParams } = await import('../../../src/state/url.ts')
  const { UI_DEFAULTS } = await import('../../../src/state/uiStore.ts')
  const state = {
    ...UI_DEFAULTS,
    language: 'en' as const,
    phase: 'thu',
    selectedParty: 'cu',
    selectedMeasure: null,
    view: 'table' as const,
    stanceRule: 'reported' as const,
    theme: 'dark' as const,
    dataset: 'schoof-asylum-2025',
  }
  const search = formatViewParams(state, UI_DEFAULTS, '?embed=1&childId=g')
  expect(search).toBe(
    '?embed=1&childId=g&lang=en&phase=thu&party=cu&stances=reported&view=table&theme=dark&data=schoof-asylum-2025',
  )
  expect(parseViewParams(search)).toEqual({
    language: 'en',
    phase: 'thu',
    selectedParty: 'cu',
    stanceRule: 'reported',
    view: 'table',
    theme: 'dark',
    dataset: 'schoof-asylum-2025',
  })
})

test('parseViewParams and formatViewParams carry the sources order as ?sources=date', async () => {
  const { formatViewParams } = await import('../../../src/state/url.ts')
  const { UI_DEFAULTS } = await import('../../../src/state/uiStore.ts')
  expect(parseViewParams('?sources=date')).toEqual({ sourceOrder: 'date' })
  expect(parseViewParams('?sources=colour')).toEqual({})
  expect(formatViewParams({ ...UI_DEFAULTS, sourceOrder: 'date' }, UI_DEFAULTS)).toBe(
    '?sources=date',
  )
  // The default order (by outlet) stays out of links.
  expect(formatViewParams(UI_DEFAULTS, UI_DEFAULTS)).toBe('')
})

test('parseViewParams reads ?refresh= as whole seconds, at least 5, with 0 for off', () => {
  expect(parseViewParams('?refresh=30')).toEqual({ refresh: 30 })
  expect(parseViewParams('?refresh=0')).toEqual({ refresh: 0 })
  expect(parseViewParams('?refresh=2')).toEqual({ refresh: 5 })
  for (const bad of ['-5', '1.5', 'soon', '', '99999999'])
    expect(parseViewParams(`?refresh=${bad}`), bad).toEqual({})
})

test('followLatestPhase(old last, new last) moves only a reader who was on the last phase', async () => {
  const { followLatestPhase, useUiStore, resetUi } = await import('../../../src/state/uiStore.ts')
  resetUi()
  useUiStore.setState({ phase: 'fri' })
  followLatestPhase('fri', 'sat')
  expect(useUiStore.getState().phase).toBeNull()
  useUiStore.setState({ phase: 'thu' })
  followLatestPhase('fri', 'sat')
  expect(useUiStore.getState().phase).toBe('thu')
  resetUi()
})
