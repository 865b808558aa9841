import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, test } from 'vitest'

/** Issue #19: styles sit beside what they style, so no stylesheet grows into a second styles.css. */
const MAX_LINES = 300

const stylesheets = readdirSync('src', { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.css'))
  .map((entry) => relative('.', join(entry.parentPath, entry.name)))

test('src/ holds the stylesheets: tokens, base and one beside each component', () => {
  expect(stylesheets).toContain('src/styles/tokens.css')
  expect(stylesheets).toContain('src/styles/base.css')
  expect(stylesheets.length).toBeGreaterThan(10)
})

test(`every stylesheet under src/ is at most ${MAX_LINES} lines`, () => {
  const long = stylesheets
    .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ file, lines }) => `${file}: ${lines} lines`)
  expect(long).toEqual([])
})
