import { useEffect, useState } from 'react'
import { TimelinePanel } from '../charts/timeline/TimelinePanel.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import { AboutSection } from './AboutSection.tsx'
import { nextIdleFrame } from './afterFirstView.ts'
import { PeopleDirectory } from './PeopleDirectory.tsx'
import { SharePanel } from './SharePanel.tsx'
import { SourcesSection } from './SourcesSection.tsx'

type Props = {
  dataset: Dataset
  language: Language
  phase: string
  /** Called once the sections are drawn, so the page can be marked live. */
  onShown: () => void
}

/**
 * Timeline, share, people, sources and about: two thirds of the page's HTML, far below the first
 * screen. The prerender writes them inside <noscript>, where a reader without JavaScript reads
 * them as before, while a browser running scripts takes that content as one piece of text: it
 * neither builds, styles nor lays it out for the first paint. On a phone (CPU ÷4) Chromium
 * parsed the whole page before its first frame and laid all of it out (~650 ms); the first paint
 * now waits for the first view's layout only. The app draws them in a frame of their own once
 * the page above is live.
 */
export function LowerSections({ dataset, language, phase, onShown }: Props) {
  const [live, setLive] = useState(false)
  useEffect(() => {
    let current = true
    void nextIdleFrame().then(() => current && setLive(true))
    return () => {
      current = false
    }
  }, [])
  useEffect(() => {
    if (!live) return
    onShown()
    // A link into these sections (a person, a source) from outside: its target exists only now.
    const id = decodeURIComponent(window.location.hash.slice(1))
    if (id) document.getElementById(id)?.scrollIntoView()
  }, [live, onShown])
  const sections = (
    <>
      <TimelinePanel dataset={dataset} language={language} />
      <SharePanel dataset={dataset} language={language} phase={phase} />
      <PeopleDirectory dataset={dataset} language={language} />
      <SourcesSection dataset={dataset} language={language} />
      <AboutSection dataset={dataset} language={language} />
    </>
  )
  if (import.meta.env.SSR) return <noscript>{sections}</noscript>
  if (live) return sections
  // In the browser React neither renders nor hydrates a <noscript>'s children, so the
  // prerendered sections stay the one inert text node the parser made until they replace it.
  return <noscript />
}
