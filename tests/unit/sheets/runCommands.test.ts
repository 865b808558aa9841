import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { runExport } from '../../../src/sheets/runExport.ts'
import { runImport } from '../../../src/sheets/runImport.ts'
import { FileProblem } from '../../../src/sheets/sheetFolder.ts'

const folder = mkdtempSync(join(tmpdir(), 'coalition-cli-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('data:import and data:export commands', () => {
  test('runImport() and runExport() without arguments print usage with exit code 2', () => {
    expect(runImport(undefined, undefined)).toEqual({
      lines: ['usage: npm run data:import -- <folder> [out.json]'],
      code: 2,
    })
    expect(runExport(['data/rutte4-asylum-2023.json']).code).toBe(2)
  })

  test('runImport(folder) without out.json returns the dataset for stdout', () => {
    const result = runImport('data/template', undefined)
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout ?? '').meta.id).toBe('example-dispute')
    expect(result.lines).toEqual([
      expect.stringMatching(
        /^OK data\/template: 1 party, 1 person, 1 measure, 1 phase, 1 stance, 1 event, 1 relation, 1 source$/,
      ),
    ])
  })

  test('runImport(missing folder) throws a one-line FileProblem naming it', () => {
    expect(() => runImport(join(folder, 'nope'), undefined)).toThrow(FileProblem)
    expect(() => runImport(join(folder, 'nope'), undefined)).toThrow(
      /nope: cannot be read as a folder \(ENOENT\)/,
    )
  })

  test('runExport(invalid dataset) lists its problems and writes nothing', () => {
    const bad = join(folder, 'bad.json')
    writeFileSync(bad, '{"meta": {}}')
    const result = runExport([bad, join(folder, 'out')])
    expect(result.code).toBe(1)
    expect(result.lines.at(-1)).toMatch(/^\d+ problems found; nothing exported$/)
  })
})
