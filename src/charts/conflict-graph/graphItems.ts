import type { GraphLayout } from './layout.ts'

/** One focusable thing in the graph: a party, an explicit relation or a pair. */
export type GraphItem =
  | { kind: 'node'; key: string; partyId: string }
  | { kind: 'relation'; key: string; index: number }
  | { kind: 'pair'; key: string; index: number }

/** The key of a party's node. */
export const nodeKey = (partyId: string): string => `node:${partyId}`

/** The key of the arrow that draws every relation from one party to another. */
export const relationKey = (from: string, to: string): string => `relation:${from}>${to}`

/** The graph's focus order: parties round the circle, then relations, then pairs. */
export function graphItems(layout: GraphLayout): GraphItem[] {
  return [
    ...layout.nodes.map((n) => ({
      kind: 'node' as const,
      key: nodeKey(n.partyId),
      partyId: n.partyId,
    })),
    ...layout.relations.map((r, index) => ({
      kind: 'relation' as const,
      key: relationKey(r.edge.from, r.edge.to),
      index,
    })),
    ...layout.pairs.map((p, index) => ({
      kind: 'pair' as const,
      key: `pair:${p.edge.a}|${p.edge.b}`,
      index,
    })),
  ]
}
