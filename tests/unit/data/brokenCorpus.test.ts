import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { validateFile } from '../../../src/cli/validateFile.ts'
import { parseDatasetText } from '../../../src/data/parseDatasetText.ts'
import type { Problem } from '../../../src/data/problem.ts'
import { RULE_CASES } from '../../fixtures/broken/ruleCases.ts'
import { SCHEMA_CASES } from '../../fixtures/broken/schemaCases.ts'
import { type BrokenCase, fixtureText } from '../../support/fixtureChange.ts'

const CASES = [...SCHEMA_CASES, ...RULE_CASES]

const folder = mkdtempSync(join(tmpdir(), 'coalition-broken-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The case saved as a file, as the data desk would hand it to `npm run validate`. */
function saved(c: BrokenCase): string {
  const path = join(folder, `${c.name}.json`)
  writeFileSync(path, fixtureText(c.change))
  return path
}

// A problem reported twice in the same words is one reason, not another.
const distinct = <T>(items: T[]) => [...new Set(items.map((i) => JSON.stringify(i)))]
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('broken corpus', () => {
  test('has at least 30 cases with distinct names, and uses every file in its folder', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30)
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length)
    const files = CASES.flatMap((c) => ('file' in c.change ? [c.change.file] : []))
    const inFolder = readdirSync('tests/fixtures/broken').filter((name) => !name.endsWith('.ts'))
    expect(files.sort()).toEqual(inFolder.map((name) => `tests/fixtures/broken/${name}`).sort())
  })

  test.each(CASES)('validateDataset rejects $name for the reasons it names and no other', (c) => {
    const result = parseDatasetText(fixtureText(c.change))
    const problems: Problem[] = result.ok ? [] : result.problems
    expect(result.ok).toBe(false)
    expect(distinct(problems).map((p) => JSON.parse(p))).toEqual(
      c.problems.map(([path, message]) => ({ path, message: expect.stringContaining(message) })),
    )
  })

  test.each(CASES)('npm run validate prints the same reasons for $name, and exits 1', (c) => {
    const file = saved(c)
    const { lines, code } = validateFile(file)
    expect(code).toBe(1)
    expect(distinct(lines.slice(0, -1)).map((line) => JSON.parse(line))).toEqual(
      c.problems.map(([path, message]) =>
        expect.stringMatching(new RegExp(`^${literal(`${file}: ${path}: `)}.*${literal(message)}`)),
      ),
    )
    expect(lines.at(-1)).toMatch(/^\d+ problems? found$/)
  })

  test('the validate command itself prints those lines to stderr and exits 1', () => {
    for (const c of [CASES[0], RULE_CASES[0]]) {
      if (!c) throw new Error('no case')
      const file = saved(c)
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', file], {
        encoding: 'utf8',
      })
      expect(run.status).toBe(1)
      expect(run.stderr.trimEnd().split('\n')).toEqual(validateFile(file).lines)
    }
  }, 30_000)
})
