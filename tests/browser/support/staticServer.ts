import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/** The strict policy dist/ must work under (issue #2). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'"

/** The policy recommended to hosts (README): strict, and embeddable anywhere. Every browser test runs under it. */
export const HOST_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors *"

type Options = {
  root?: string
  basePath?: string
  headers?: Record<string, string>
  /** Sends each HTML page up to the first `text`, then the rest `ms` later, as a slow network would. */
  holdHtml?: { text: string; ms: number }
  /** Files served from elsewhere on disk, by path under `basePath` (`uploads/x.json`): read at each request. */
  files?: Record<string, string>
  /** Sends ETag and Last-Modified and answers a matching conditional request with 304, as static hosts do. */
  conditional?: boolean
  /** Hears every answer: the path under `basePath` and the status sent. */
  onResponse?: (path: string, status: number) => void
  /** A fixed port, for pictures that show the page's own address (tests/scripts/screenshotPages.ts). */
  port?: number
}
export type StaticServer = { url: string; origin: string; close: () => Promise<void> }

/** Serves the production build on 127.0.0.1 under a sub-path, like a news site's static host. */
export async function serveDist({
  root = 'dist',
  basePath = '/',
  headers = { 'Content-Security-Policy': HOST_CSP },
  holdHtml,
  files = {},
  conditional = false,
  onResponse,
  port: fixedPort = 0,
}: Options = {}): Promise<StaticServer> {
  const rootDir = resolve(root)
  if (!existsSync(join(rootDir, 'index.html')))
    throw new Error(
      `${rootDir}/index.html is missing: run "npm run build" before the browser tests.`,
    )
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')
    if (!path.startsWith(basePath)) return notFound(res)
    const relative = normalize(path.slice(basePath.length) || 'index.html')
    const own = files[relative]
    const file = own ?? join(rootDir, relative.endsWith('/') ? `${relative}index.html` : relative)
    // Refuse anything that escapes dist/ (e.g. ../../etc/passwd).
    if ((!own && !file.startsWith(rootDir)) || !existsSync(file) || !statSync(file).isFile())
      return notFound(res)
    const body = readFileSync(file)
    const type = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }
    if (conditional) {
      const validators = {
        ETag: `"${createHash('sha1').update(body).digest('base64url')}"`,
        'Last-Modified': statSync(file).mtime.toUTCString(),
      }
      const since = Date.parse(req.headers['if-modified-since'] ?? '')
      const unchanged = req.headers['if-none-match']
        ? req.headers['if-none-match'] === validators.ETag
        : since >= Math.floor(statSync(file).mtimeMs / 1000) * 1000
      res.writeHead(unchanged ? 304 : 200, { ...type, ...validators, ...headers })
      onResponse?.(relative, unchanged ? 304 : 200)
      if (unchanged) return res.end()
    } else {
      res.writeHead(200, { ...type, ...headers })
      onResponse?.(relative, 200)
    }
    const cut = holdHtml && extname(file) === '.html' ? body.indexOf(holdHtml.text) : -1
    if (!holdHtml || cut < 0) return res.end(body)
    res.write(body.subarray(0, cut))
    setTimeout(() => res.end(body.subarray(cut)), holdHtml.ms)
  })
  await new Promise<void>((done) => server.listen(fixedPort, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    url: `${origin}${basePath}`,
    close: () => new Promise((done) => server.close(() => done())),
  }
}

function notFound(res: import('node:http').ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain' })
  res.end('not found')
}
