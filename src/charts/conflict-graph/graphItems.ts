import type { GraphLayout } from './layout.ts'

/** One focusable thing in the graph: a party, an explicit relation or a pair. */
export type GraphItem =
  | { kind: 'node'; key: string; partyId: string }
  | { kind: 'relation'; key: string; index: number }
  | { kind: 'pair'; key: string; index: number }

/** The graph's focus order: parties round the circle, then relations, then pairs. */
export function graphItems(layout: GraphLayout): GraphItem[] {
  return [
    ...layout.nodes.map((n) => ({
      kind: 'node' as const,
      key: `node:${n.partyId}`,
      partyId: n.partyId,
    })),
    ...layout.relations.map((r, index) => ({
      kind: 'relation' as const,
      key: `relation:${r.edge.from}>${r.edge.to}`,
      index,
    })),
    ...layout.pairs.map((p, index) => ({
      kind: 'pair' as const,
      key: `pair:${p.edge.a}|${p.edge.b}`,
      index,
    })),
  ]
}
