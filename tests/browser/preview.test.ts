import { readFileSync } from 'node:fs'
import { type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

// `npm run preview` is vite's preview server with vite.config.ts: started here the same way.
let server: PreviewServer
beforeAll(async () => {
  server = await preview({ preview: { host: '127.0.0.1', port: 4317, strictPort: false } })
})
afterAll(async () => {
  await new Promise<void>((done) => server.httpServer.close(() => done()))
})

/** The headers the README recommends, read from its Hosting block. */
function readmeHeaders(): Record<string, string> {
  const readme = readFileSync('README.md', 'utf8')
  const block = /Recommended\s+response headers[^`]*```\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
  return Object.fromEntries(
    block
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  )
}

describe('npm run preview', () => {
  test("serves index.html, embed.html and the data with the README's security headers", async () => {
    const expected = readmeHeaders()
    expect(Object.keys(expected)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
    ])
    const base = server.resolvedUrls?.local[0] ?? ''
    for (const path of ['', 'embed.html', 'data/rutte4-asylum-2023.json']) {
      const response = await fetch(`${base}${path}`)
      expect(response.status, path).toBe(200)
      for (const [name, value] of Object.entries(expected))
        expect(response.headers.get(name), `${path} ${name}`).toBe(value)
    }
  })
})
