import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

type Options = { dir: string }

/** Lists the dataset JSON files (and their schema) that ship with the app. */
export function listDatasetFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
}

/** One entry of the generated `data/manifest.json`: what the dataset picker lists. */
export type ManifestEntry = { name: string; title: Record<string, string>; asOf: string }

/** Lists the bundled datasets from the files themselves, so the picker never needs a hand-kept list. */
export function datasetManifest(dir: string): ManifestEntry[] {
  return listDatasetFiles(dir)
    .filter((name) => name !== 'schema.json')
    .flatMap((file) => {
      try {
        const { meta } = JSON.parse(readFileSync(join(dir, file), 'utf8'))
        return [{ name: file.replace(/\.json$/, ''), title: meta.title, asOf: meta.asOf }]
      } catch {
        // An unreadable file is left out here; the build's validation step names it.
        return []
      }
    })
}

/**
 * Serves `data/*.json` at `./data/` in dev and copies them into `dist/data/` on build,
 * so the app fetches datasets the same way in both and a newsroom can swap a file
 * in `dist/` without rebuilding.
 */
export function datasetsPlugin({ dir }: Options): Plugin {
  return {
    name: 'coalition-stance:datasets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /^\/data\/([\w.-]+\.json)$/.exec(req.url?.split('?')[0] ?? '')
        const name = match?.[1]
        if (name === 'manifest.json') {
          res.setHeader('Content-Type', 'application/json; charset=utf-8')
          res.end(JSON.stringify(datasetManifest(dir)))
          return
        }
        if (!name || !listDatasetFiles(dir).includes(name)) return next()
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.end(readFileSync(join(dir, name)))
      })
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'data/manifest.json',
        source: JSON.stringify(datasetManifest(dir), null, 2),
      })
      for (const name of listDatasetFiles(dir)) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(join(dir, name)),
        })
      }
    },
  }
}
