import { startTransition, useEffect, useState } from 'react'
import { TimelinePanel } from '../charts/timeline/TimelinePanel.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import { AboutSection } from './AboutSection.tsx'
import { markInteractive } from './markInteractive.ts'
import { PeopleDirectory } from './PeopleDirectory.tsx'
import { SharePanel } from './SharePanel.tsx'
import { SourcesSection } from './SourcesSection.tsx'

type Props = { dataset: Dataset; language: Language; phase: string }

/**
 * Timeline, share, people, sources and about: more than half of the page's HTML. The prerender
 * writes them inside <noscript>, so a reader without JavaScript reads them in the page, while a
 * browser running the app neither parses nor lays them out for its first frame (about 30 ms of
 * first paint here). The app draws them once the page above them has come alive.
 */
export function LowerSections({ dataset, language, phase }: Props) {
  const [live, setLive] = useState(false)
  useEffect(() => startTransition(() => setLive(true)), [])
  useEffect(() => {
    if (!live) return
    // The last part of the page to come alive: from here on every part answers.
    markInteractive()
    // A link into these sections (a person, a source) from outside: its target exists only now.
    const id = decodeURIComponent(window.location.hash.slice(1))
    if (id) document.getElementById(id)?.scrollIntoView()
  }, [live])
  const sections = (
    <>
      <TimelinePanel dataset={dataset} language={language} />
      <SharePanel dataset={dataset} language={language} phase={phase} />
      <PeopleDirectory dataset={dataset} language={language} />
      <SourcesSection dataset={dataset} language={language} />
      <AboutSection dataset={dataset} language={language} />
    </>
  )
  // React neither hydrates nor renders what is inside <noscript> in the browser.
  return live ? sections : <noscript>{sections}</noscript>
}
