import { GraphPanel } from '../charts/conflict-graph/GraphPanel.tsx'
import { MajorityPanel } from '../charts/majority/MajorityPanel.tsx'
import { TimelinePanel } from '../charts/timeline/TimelinePanel.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import type { EmbedSection } from '../embed/embedOptions.ts'

type Props = {
  dataset: Dataset
  language: Language
  phase: string
  sections: readonly EmbedSection[]
  /** The measure the majority panel counts, when one is selected. */
  measure: string | null
}

/**
 * An embed's sections besides the matrix, in their own chunk: the graph, majority and timeline
 * code (with d3-scale, ~25 kB gzip) loads only for an embed that shows one of them, not for the
 * default embed of the matrix alone.
 */
export function EmbedSections({ dataset, language, phase, sections, measure }: Props) {
  return (
    <>
      {sections.includes('graph') && (
        <GraphPanel dataset={dataset} language={language} phase={phase} />
      )}
      {sections.includes('majority') && (
        <MajorityPanel dataset={dataset} language={language} phase={phase} measure={measure} />
      )}
      {sections.includes('timeline') && <TimelinePanel dataset={dataset} language={language} />}
    </>
  )
}
