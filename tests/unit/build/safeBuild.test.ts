import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { checkDatasets } from '../../../src/build/checkDatasets.ts'
import { datasetManifest } from '../../../src/build/datasetsPlugin.ts'
import { swapDist } from '../../../src/build/swapDist.ts'

const work = mkdtempSync(join(tmpdir(), 'coalition-build-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A data folder with testland, a broken dataset and a broken draft. */
function dataFolder(): string {
  const dir = join(work, 'data')
  mkdirSync(join(dir, 'drafts'), { recursive: true })
  cpSync('tests/fixtures/valid/testland.json', join(dir, 'testland.json'))
  writeFileSync(join(dir, 'drafts', 'half-done.json'), '{"meta": ')
  return dir
}

describe('the build validates first and replaces dist/ only when complete', () => {
  test('checkDatasets(data) names every problem of a broken bundled file, and skips drafts/', () => {
    const dir = dataFolder()
    expect(checkDatasets(dir)).toEqual([])
    writeFileSync(join(dir, 'broken.json'), '{\n  "meta": {}\n}')
    const lines = checkDatasets(dir)
    expect(lines[0]).toBe(`${join(dir, 'broken.json')}: meta.id: is missing`)
    expect(lines.length).toBeGreaterThan(5)
    expect(lines.join('\n')).not.toContain('half-done')
    rmSync(join(dir, 'broken.json'))
  })

  test('datasetManifest(data) lists the bundled datasets for the picker, never drafts/', () => {
    expect(datasetManifest(dataFolder()).map((entry) => entry.name)).toEqual(['testland'])
  })

  test('swapDist(next, dist) puts the new build in place and removes the old one', () => {
    const dist = join(work, 'dist')
    const next = join(work, '.dist-next')
    mkdirSync(dist, { recursive: true })
    writeFileSync(join(dist, 'embed.html'), 'old')
    mkdirSync(next, { recursive: true })
    writeFileSync(join(next, 'embed.html'), 'new')
    swapDist(next, dist)
    expect(readFileSync(join(dist, 'embed.html'), 'utf8')).toBe('new')
    expect(() => readFileSync(join(`${dist}.old`, 'embed.html'))).toThrow()
    expect(() => swapDist(next, dist)).toThrow(/does not exist/)
    expect(readFileSync(join(dist, 'embed.html'), 'utf8')).toBe('new')
  })

  test('npm run build checks the datasets before writing and swaps dist/ in last', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'))
    const steps: string[] = scripts.build.split(' && ')
    expect(steps[0]).toBe('tsx src/build/checkDatasets.ts data')
    expect(steps.at(-1)).toBe('tsx src/build/swapDist.ts .dist-next dist')
    // Nothing before the swap writes into dist/ itself.
    for (const step of steps.slice(0, -1)) expect(step).not.toMatch(/(^|\s)dist(\/|\s|$)/)
  })

  test('checkDatasets as a command exits 1 and says dist/ was left as it was', () => {
    const dir = dataFolder()
    writeFileSync(join(dir, 'broken.json'), '[]')
    let output = ''
    try {
      execFileSync('node_modules/.bin/tsx', ['src/build/checkDatasets.ts', dir], { stdio: 'pipe' })
    } catch (error) {
      output = String((error as { stderr: Buffer }).stderr)
      expect((error as { status: number }).status).toBe(1)
    }
    expect(output).toMatch(/broken\.json: \(root\): must be an object/)
    expect(output).toMatch(/1 problem found; nothing built, dist\/ left as it was/)
  }, 60_000)
})
