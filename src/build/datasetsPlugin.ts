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
        if (!name || !listDatasetFiles(dir).includes(name)) return next()
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.end(readFileSync(join(dir, name)))
      })
    },
    generateBundle() {
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
