import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'

// The one-way flow data → model → layout → component → app, as the layers each layer may import
// (besides itself). A new folder under src/ fails the first test until it is placed here.
const MAY_IMPORT = {
  data: [],
  model: ['data'],
  i18n: ['data'],
  ui: ['data', 'i18n'],
  state: ['data'],
  embed: [],
  hooks: [],
  export: ['data', 'model', 'ui', 'layout'],
  layout: ['data', 'model', 'ui'],
  component: ['data', 'model', 'ui', 'state', 'hooks', 'layout'],
  app: ['data', 'model', 'i18n', 'ui', 'state', 'embed', 'hooks', 'export', 'layout', 'component'],
  sheets: ['data'],
  cli: ['data', 'sheets'],
  build: ['data', 'app'],
  // The data desk's editor (editor.html): pure edits of a raw dataset, then the page that shows
  // them beside the reader's own charts. No reader page imports either.
  editor: ['data', 'sheets'],
  editorPage: [
    'data',
    'model',
    'i18n',
    'ui',
    'state',
    'hooks',
    'layout',
    'component',
    'app',
    'sheets',
    'editor',
  ],
} as const satisfies Record<string, readonly string[]>

type Layer = keyof typeof MAY_IMPORT

// Only these layers draw or hold React state; below them the code runs in Node without a DOM.
const REACT_LAYERS: readonly Layer[] = ['hooks', 'component', 'app', 'editorPage']

const SRC = resolve(import.meta.dirname, '../../src')

/** The layer of a file given by its path under src/, or undefined for a folder not placed. */
function layerOf(path: string): Layer | undefined {
  const [top, ...rest] = path.split('/')
  if (top === 'charts') return /\.tsx$/.test(path) ? 'component' : 'layout'
  if (top === 'controls') return 'component'
  if (rest.length === 0) return 'app' // main.tsx, entry-server.tsx: the page's entries
  return top !== undefined && top in MAY_IMPORT ? (top as Layer) : undefined
}

/** Every module specifier a source text imports or re-exports, static or dynamic. */
function importsOf(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)
  return [...found].map((match) => match[1] ?? '')
}

/** The arrows that run against the flow, as `file → import (layer → layer)` lines. */
function wrongArrows(files: ReadonlyMap<string, string>): string[] {
  const wrong: string[] = []
  for (const [path, text] of files) {
    const from = layerOf(path)
    if (!from) continue
    for (const spec of importsOf(text)) {
      if (/^(react|react-dom)(\/|$)/.test(spec) && !REACT_LAYERS.includes(from)) {
        wrong.push(`${path} → ${spec} (React in ${from})`)
      }
      // Only code sets the direction; styles and assets are not checked here.
      if (!spec.startsWith('.') || !/\.tsx?$/.test(spec)) continue
      const target = relative(SRC, resolve(SRC, dirname(path), spec))
      if (target.startsWith('..')) continue
      const to = layerOf(target)
      const allowed: readonly string[] = MAY_IMPORT[from]
      if (to && to !== from && !allowed.includes(to)) {
        wrong.push(`${path} → ${spec} (${from} → ${to})`)
      }
    }
  }
  return wrong
}

function sourceFiles(dir = SRC): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue
    const full = join(entry.parentPath, entry.name)
    files.set(relative(SRC, full), readFileSync(full, 'utf8'))
  }
  return files
}

describe('the import direction of src/', () => {
  const files = sourceFiles()

  test('layerOf(path) places every source file in a layer', () => {
    expect([...files.keys()].filter((path) => !layerOf(path))).toEqual([])
  })

  test('wrongArrows(src) finds no import against the flow', () => {
    expect(wrongArrows(files)).toEqual([])
  })

  test('wrongArrows() names a chart that imports from the app, and React in a layout', () => {
    const bad = new Map([
      ['charts/majority/MajorityPanel.tsx', "import { x } from '../../app/useDataset.ts'"],
      ['model/majority.ts', "import type { Seats } from '../charts/majority/seatBarLayout.ts'"],
      ['ui/strings.ts', "import type {\n  DatasetLocation,\n} from '../app/App.tsx'"],
      ['charts/timeline/layout.ts', "import { useMemo } from 'react'"],
      ['data/schema.ts', "const lazy = () => import('../state/uiStore.ts')"],
    ])
    expect(wrongArrows(bad)).toEqual([
      'charts/majority/MajorityPanel.tsx → ../../app/useDataset.ts (component → app)',
      'model/majority.ts → ../charts/majority/seatBarLayout.ts (model → layout)',
      'ui/strings.ts → ../app/App.tsx (ui → app)',
      'charts/timeline/layout.ts → react (React in layout)',
      'data/schema.ts → ../state/uiStore.ts (data → state)',
    ])
  })

  test('wrongArrows() lets each layer import the ones beneath it', () => {
    const good = new Map([
      ['app/App.tsx', "import { MatrixPanel } from '../charts/stance-matrix/MatrixPanel.tsx'"],
      ['charts/timeline/TimelinePanel.tsx', "import { x } from '../../hooks/useElementWidth.ts'"],
      ['charts/timeline/layout.ts', "import type { Dataset } from '../../data/schema.ts'"],
      ['hooks/hydratesLater.tsx', "import { memo } from 'react'"],
    ])
    expect(wrongArrows(good)).toEqual([])
  })
})
