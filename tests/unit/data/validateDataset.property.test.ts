import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseDatasetText } from '../../../src/data/parseDatasetText.ts'
import type { Checked } from '../../../src/data/problem.ts'
import { validateDataset } from '../../../src/data/validateDataset.ts'

const testland: unknown = JSON.parse(
  readFileSync(new URL('../../fixtures/valid/testland.json', import.meta.url), 'utf8'),
)

type Json = unknown
type Container = Record<string, Json> | Json[]
type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'duplicate'; pick: number }
  | { kind: 'replace'; pick: number; value: Json }
  | { kind: 'retext'; pick: number; text: string }

const isContainer = (value: Json): value is Container => typeof value === 'object' && value !== null

/** Every (parent, key) slot in a JSON tree, in a stable order, so a number picks one. */
function slots(root: Json): [Container, string | number][] {
  const found: [Container, string | number][] = []
  const walk = (node: Json) => {
    if (Array.isArray(node)) for (const [i, child] of node.entries()) visit(node, i, child)
    else if (isContainer(node))
      for (const [key, child] of Object.entries(node)) visit(node, key, child)
  }
  const visit = (parent: Container, key: string | number, child: Json) => {
    found.push([parent, key])
    walk(child)
  }
  walk(root)
  return found
}

const get = (parent: Container, key: string | number): Json =>
  (parent as Record<string | number, Json>)[key]

/** Applies one mutation in place; a mutation with nothing to act on leaves the tree as it is. */
function mutate(root: Json, m: Mutation): void {
  const all = slots(root)
  const pool =
    m.kind === 'retext'
      ? all.filter(([p, k]) => typeof get(p, k) === 'string')
      : m.kind === 'duplicate'
        ? all.filter(([p, k]) => Array.isArray(get(p, k)) && (get(p, k) as Json[]).length > 0)
        : all
  const slot = pool[m.pick % Math.max(pool.length, 1)]
  if (!slot) return
  const [parent, key] = slot
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else delete parent[key]
  } else if (m.kind === 'duplicate') {
    const list = get(parent, key) as Json[]
    const i = m.pick % list.length
    list.splice(i, 0, structuredClone(list[i]))
  } else {
    const replacement = m.kind === 'replace' ? m.value : m.text
    ;(parent as Record<string | number, Json>)[key] = replacement
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: fc.jsonValue() }),
  fc.record({ kind: fc.constant('retext' as const), pick: fc.nat(), text: fc.string() }),
)

/** ok, or at least one problem, each with a path and a message to show. */
function expectWellFormed(result: Checked<unknown>): void {
  if (result.ok) return
  expect(result.problems.length).toBeGreaterThan(0)
  for (const { path, message } of result.problems) {
    expect(typeof path === 'string' && path.length > 0).toBe(true)
    expect(typeof message === 'string' && message.length > 0).toBe(true)
  }
}

// Thousands of generated datasets per test: on a busy 2-core machine that can pass the default
// 5 s; a counterexample still fails at once.
describe('validateDataset on arbitrary input', { timeout: 60_000 }, () => {
  test('validateDataset(any JSON value) returns ok or located problems, never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectWellFormed(validateDataset(value))),
      { numRuns: 2000 },
    )
  })

  test('validateDataset(any JS value) returns ok or located problems, never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => expectWellFormed(validateDataset(value))),
      { numRuns: 1000 },
    )
  })

  test('validateDataset(testland with 1-5 random mutations) returns ok or located problems', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        const dataset = structuredClone(testland)
        for (const m of mutations) mutate(dataset, m)
        expectWellFormed(validateDataset(dataset))
      }),
      { numRuns: 2000 },
    )
  })

  test('parseDatasetText(any string) returns ok or located problems, never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => expectWellFormed(parseDatasetText(text))),
      { numRuns: 1000 },
    )
  })
})
