import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

const PYM = 'node_modules/pym.js/dist/pym.v1.min.js'

/**
 * Ships pym.js (MIT, from npm) next to the app as `pym.v1.min.js`, so the pym embed snippet
 * loads it from the graphic's own host instead of a third-party CDN.
 */
export function pymPlugin(): Plugin {
  return {
    name: 'coalition-stance:pym',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/pym.v1.min.js') return next()
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8')
        res.end(readFileSync(PYM))
      })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'pym.v1.min.js', source: readFileSync(PYM) })
    },
  }
}
