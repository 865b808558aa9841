import { type Language, textDirection } from '../data/languages.ts'
import type { RawQuote } from '../data/schema.ts'
import { messages } from '../ui/strings.ts'
import { UiText } from './UiText.tsx'

/**
 * A quote's translation into the page's language, beneath the verbatim quote and marked as a
 * translation; nothing when the quote is in the page's language or has no translation for it.
 */
export function QuoteTranslation({ quote, language }: { quote: RawQuote; language: Language }) {
  const text = quote.language === language ? undefined : quote.translation?.[language]
  if (!text) return null
  return (
    <p className="quote-translation" lang={language} dir={textDirection(language)}>
      <span className="quote-translation-label">
        <UiText language={language} text={messages(language).ui.quoteTranslation} />
      </span>{' '}
      {text}
    </p>
  )
}
