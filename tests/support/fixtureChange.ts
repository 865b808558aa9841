import { readFileSync } from 'node:fs'
import { applyPatch, getValueByPointer, type Operation } from 'fast-json-patch'

/** A JSON document as JSON.parse returns it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/**
 * How a fixture differs from the valid base, tests/fixtures/valid/testland.json: RFC 6902
 * operations, a function of a fresh copy of the base that returns the document or the text, or
 * a file of its own (path from the repository root) for the few cases that are no dataset at all.
 */
export type FixtureChange =
  | Operation[]
  | ((base: { [key: string]: Json }) => Json | string)
  | { file: string }

const BASE = 'tests/fixtures/valid/testland.json'

/** A fresh copy of the valid base, to change freely. */
export function testlandJson(): { [key: string]: Json } {
  return JSON.parse(readFileSync(BASE, 'utf8'))
}

/**
 * The text of a fixture: the base with the change applied, or the change's own file. A patch
 * that no longer fits the base (a path that is gone) throws, naming the operation.
 */
export function fixtureText(change: FixtureChange): string {
  if ('file' in change) return readFileSync(change.file, 'utf8')
  const base = testlandJson()
  const made =
    typeof change === 'function' ? change(base) : applyPatch(base, change, true).newDocument
  return typeof made === 'string' ? made : JSON.stringify(made, null, 2)
}

/**
 * Adds the key at `pointer` (RFC 6901) as an own property, even `__proto__`, as JSON.parse reads
 * it from a file: a patch or plain assignment would set the object's prototype instead, and the
 * key would vanish from the JSON. Returns the document.
 */
export function ownKey(document: Json, pointer: string, value: Json): Json {
  const cut = pointer.lastIndexOf('/')
  const target: unknown = getValueByPointer(document, pointer.slice(0, cut))
  if (typeof target !== 'object' || target === null) throw new Error(`no object at ${pointer}`)
  const key = pointer.slice(cut + 1)
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
  return document
}

/** One broken dataset: how it differs from the base, and what the validator must say about it. */
export type BrokenCase = {
  /** Names the defect: the test's name, and the file name the CLI is given. */
  name: string
  change: FixtureChange
  /** Every problem the validator reports, in its order, and no other: JSON path, part of the message. */
  problems: [path: string, message: string][]
}
