import { memo } from 'react'
import { UiText } from '../charts/UiText.tsx'
import type { Dataset } from '../data/indexDataset.ts'
import type { Language } from '../data/languages.ts'
import { messages } from '../ui/strings.ts'
import { CorrectionsList } from './CorrectionsList.tsx'
import '../charts/panel.css'
import './AboutSection.css'

/** Methodology (the dataset's own words, then how the graphic carries stances forward), corrections and credits. */
// Memoised: a change of phase or selection re-renders the page, and this part does not depend on it.
export const AboutSection = memo(function AboutSection({
  dataset,
  language,
}: {
  dataset: Dataset
  language: Language
}) {
  const strings = messages(language).sections
  const { meta } = dataset
  return (
    <footer className="panel about">
      <section aria-labelledby="method-title">
        <h2 id="method-title">
          <UiText language={language} text={strings.methodologyTitle} />
        </h2>
        {meta.methodology && <p>{meta.methodology[language]}</p>}
        <p>
          <UiText language={language} text={messages(language).carriedMethod} />
        </p>
      </section>
      <CorrectionsList corrections={meta.corrections ?? []} language={language} />
      <section aria-labelledby="credits-title">
        <h2 id="credits-title">
          <UiText language={language} text={strings.creditsTitle} />
        </h2>
        <p>{meta.credits[language]}</p>
        <p>
          <UiText language={language} text={strings.licence} values={{ licence: meta.licence }} />
        </p>
      </section>
    </footer>
  )
})
