import { readdirSync, readFileSync } from 'node:fs'

/** Every dataset the build publishes (data/*.json), with the languages it is written in. */
export const BUNDLED_DATASETS: { name: string; languages: string[] }[] = readdirSync('data')
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .map((f) => ({
    name: f.replace(/\.json$/, ''),
    languages: JSON.parse(readFileSync(`data/${f}`, 'utf8')).meta.languages,
  }))
