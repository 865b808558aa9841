import { formatProblem, type Problem } from '../data/problem.ts'
import type { UiStrings } from '../ui/strings.ts'
import './ErrorPanel.css'

type Props = { source: string; problems: Problem[]; strings: UiStrings }

/** Shows every problem with its JSON path, as text (dataset content is never HTML). */
export function ErrorPanel({ source, problems, strings }: Props) {
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{strings.errorTitle}</h1>
      <p>
        {strings.errorIntro} <code>{source}</code>
      </p>
      <ul>
        {problems.map((problem, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list; two may read the same
          <li key={i}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
      <p>
        {/* An empty query opens the default, bundled dataset: the page stays usable. */}
        <a href="?">{strings.openDefault}</a>
      </p>
    </section>
  )
}
