import type { Language } from '../data/languages.ts'

/**
 * The method section's paragraph on carried stances, per language. Apart from the first
 * view's strings: only the (deferred) about section reads it.
 */
export const CARRIED_METHOD: Record<Language, string> = {
  nl: 'Een standpunt staat in de gegevens alleen bij het moment waarop berichtgeving het meldt. Zwijgt de berichtgeving op een later moment, dan toont de graphic het laatst gemelde standpunt van die partij, lichter getekend en met een hoekje, en zegt de detailkaart wanneer het voor het laatst gemeld werd, met de bronnen van toen. Dat geldt voor de matrix, de tabel, de meerderheden, het conflictnetwerk, de kerncijfers en de downloads. Een maatregel die nog niet op tafel lag krijgt geen standpunt; ‘onbekend’ staat er alleen waar tot dan toe niets gemeld was. Met ‘Toon alleen wat op dit moment is gemeld’ ziet u per moment alleen de berichtgeving van dat moment.',
  en: 'The data records a stance only at the moment reporting states it. Where reporting falls silent at a later moment, the graphic shows the party’s last reported stance, drawn lighter and with a corner mark, and the detail card says when it was last reported, with the sources of that time. The matrix, the table, the majorities, the conflict graph, the key figures and the downloads all follow this rule. A measure not yet on the table gets no stance; ‘unknown’ appears only where nothing had been reported up to that moment. ‘Show only what was reported at this moment’ shows each moment’s own reporting only.',
}
