import { scaleBand } from 'd3-scale'
import { select } from 'd3-selection'
import { STANCE_GLYPHS, STANCE_PALETTE } from '../../../src/charts/stancePalette.ts'
import type { RawDataset, RawParty } from '../../../src/data/schema.ts'
import type { StanceValue } from '../../../src/data/vocabularies.ts'

/** The file the app opens first; the benchmark routes synthetic data in its place. */
const DATASET_URL = 'data/rutte4-asylum-2023.json'
const CELL = 32
const INSET = 3
const ROW_HEADER = 64
const HEADER = 180

/** One drawn cell: `null` is a measure not yet on the table. */
type Cell = { key: string; x: number; y: number; name: string; value: StanceValue | null }

/** The benchmark's baseline: the stance matrix drawn with plain d3-selection, no framework. */
async function main(): Promise<void> {
  const data = (await (await fetch(DATASET_URL)).json()) as RawDataset
  select('#title').text(data.meta.title.en ?? '')
  const phaseIndex = new Map(data.phases.map((p, i) => [p.id, i]))
  const stances = new Map(data.stances.map((s) => [`${s.party}|${s.measure}|${s.phase}`, s]))
  const rows = rowOrder(data)
  const columns = data.topics.flatMap((t) => data.measures.filter((m) => m.topic === t.id))
  const x = scaleBand(
    columns.map((m) => m.id),
    [ROW_HEADER, ROW_HEADER + columns.length * CELL],
  )
  const y = scaleBand(
    rows.map((p) => p.id),
    [HEADER, HEADER + rows.length * CELL],
  )
  const svg = select('.matrix-frame')
    .append('svg')
    .attr('class', 'stance-matrix')
    .attr('role', 'grid')
    .attr('aria-labelledby', 'title')
    .attr('width', ROW_HEADER + columns.length * CELL + HEADER)
    .attr('height', HEADER + rows.length * CELL + 4)
  const band = svg.append('rect').attr('class', 'matrix-selection').attr('width', '100%')
  band.attr('height', CELL).attr('visibility', 'hidden')
  svg
    .append('g')
    .selectAll('text')
    .data(columns)
    .join('text')
    .attr('transform', (m) => `translate(${(x(m.id) ?? 0) + CELL / 2},${HEADER - 8}) rotate(-50)`)
    .text((m) => m.title.en ?? '')

  const headers = svg
    .append('g')
    .selectAll<SVGGElement, RawParty>('g')
    .data(rows)
    .join('g')
    .attr('role', 'rowheader')
  headers.attr('tabindex', -1).attr('aria-label', (p) => p.name.en ?? '')
  headers
    .append('rect')
    .attr('x', 4)
    .attr('y', (p) => (y(p.id) ?? 0) + CELL / 2 - 5)
    .attr('width', 6)
    .attr('height', 10)
    .attr('fill', (p) => (typeof p.colour === 'string' ? p.colour : p.colour.light))
  headers
    .append('text')
    .attr('x', 14)
    .attr('y', (p) => (y(p.id) ?? 0) + CELL / 2)
    .text((p) => p.shortName)
  headers.on('click', function (_, p) {
    const on = !this.classList.contains('is-selected')
    headers.classed('is-selected', false)
    select(this).classed('is-selected', on)
    band.attr('visibility', on ? 'visible' : 'hidden').attr('y', y(p.id) ?? 0)
  })

  const grid = svg.append('g')
  const draw = (phase: string) => {
    const at = phaseIndex.get(phase) ?? 0
    const cells = rows.flatMap((p) =>
      columns.map((m): Cell => {
        const onTable = at >= (phaseIndex.get(m.proposedAt) ?? 0)
        const stance = stances.get(`${p.id}|${m.id}|${phase}`)
        const value = onTable ? (stance?.position ?? 'unknown') : null
        const name = `${p.shortName} on ${m.title.en}`
        return { key: `${p.id}|${m.id}`, x: x(m.id) ?? 0, y: y(p.id) ?? 0, name, value }
      }),
    )
    // Keyed by cell and value: a phase change re-creates only the cells whose value changed and
    // leaves the rest untouched, the way a careful hand-written D3 chart would.
    const update = grid.selectAll<SVGGElement, Cell>('g').data(cells, (c) => `${c.key}|${c.value}`)
    update.exit().remove()
    const enter = update
      .enter()
      .append('g')
      .attr('role', 'gridcell')
      .attr('class', (c) => (c.value ? `cell pos-${c.value}` : 'cell not-on-table'))
      .attr('aria-label', (c) => `${c.name}: ${c.value ?? 'not yet on the table'}`)
    const known = (c: Cell) =>
      c.value && c.value !== 'unknown' ? STANCE_PALETTE.light[c.value] : null
    enter
      .append('rect')
      .attr('class', 'cell-mark')
      .attr('rx', 3)
      .attr('x', (c) => c.x + INSET)
      .attr('y', (c) => c.y + INSET)
      .attr('width', CELL - 2 * INSET)
      .attr('height', CELL - 2 * INSET)
      .attr('fill', (c) => known(c)?.mark ?? '#fff')
      .attr('stroke', (c) => (c.value === 'unknown' ? '#6b6b6b' : null))
    enter
      .append('text')
      .attr('class', 'cell-glyph')
      .attr('x', (c) => c.x + CELL / 2)
      .attr('y', (c) => c.y + CELL / 2)
      .attr('fill', (c) => known(c)?.glyph ?? '#222')
      .text((c) => (c.value ? STANCE_GLYPHS[c.value] : ''))
  }
  grid.on('click', (event: MouseEvent) => {
    const target = (event.target as Element).closest<SVGGElement>('[role=gridcell]')
    if (target) showCard(select<SVGGElement, Cell>(target).datum())
  })

  const last = data.phases.at(-1)?.id ?? ''
  const stops = select('#phases').selectAll('label').data(data.phases).join('label')
  stops
    .append('input')
    .attr('type', 'radio')
    .attr('name', 'phase')
    .property('checked', (p) => p.id === last)
    .on('change', (_, p) => draw(p.id))
  stops.append('span').text((p) => p.label.en ?? '')
  draw(last)
}

/** Coalition first, then by seats in the first chamber, then by name; silent opposition left out. */
function rowOrder(data: RawDataset): RawParty[] {
  const chamber = data.chambers[0]?.id ?? ''
  const known = new Set(data.stances.filter((s) => s.position !== 'unknown').map((s) => s.party))
  const side = (p: RawParty) => (p.side === 'coalition' ? 0 : 1)
  return data.parties
    .filter((p) => p.side === 'coalition' || known.has(p.id))
    .sort(
      (a, b) =>
        side(a) - side(b) ||
        (b.seats[chamber] ?? 0) - (a.seats[chamber] ?? 0) ||
        a.shortName.localeCompare(b.shortName),
    )
}

function showCard(cell: Cell): void {
  const slot = select('.cell-card-slot')
  slot.selectAll('*').remove()
  const card = slot.append('article').attr('class', 'cell-card')
  card.append('h3').text(cell.name)
  card.append('p').text(cell.value ?? 'not yet on the table')
}

main()
