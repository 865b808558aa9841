import { UiText } from '../charts/UiText.tsx'
import type { Language } from '../data/languages.ts'
import type { RawCorrection } from '../data/schema.ts'
import { formatDate } from '../ui/format.ts'
import { messages } from '../ui/strings.ts'
import './CorrectionsList.css'

type Props = { corrections: readonly RawCorrection[]; language: Language }

/** The dataset's corrections, newest first, as newsrooms print them: "Correction, 2 May 2026: …". */
export function CorrectionsList({ corrections, language }: Props) {
  const strings = messages(language).sections
  if (corrections.length === 0) return null
  const newestFirst = [...corrections].sort((a, b) => b.date.localeCompare(a.date))
  return (
    <section aria-labelledby="corrections-title" className="corrections">
      <h2 id="corrections-title">
        <UiText language={language} text={strings.correctionsTitle} />
      </h2>
      <ul>
        {newestFirst.map((correction, i) => (
          // Two corrections may share a date, so the index keeps keys unique; the list is static.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders while shown
          <li key={`${correction.date}-${i}`}>
            <strong>
              <UiText
                language={language}
                text={strings.correction}
                values={{ date: formatDate(correction.date, language) }}
              />
            </strong>{' '}
            {correction.text[language]}
          </li>
        ))}
      </ul>
    </section>
  )
}
