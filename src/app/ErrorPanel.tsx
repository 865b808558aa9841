import { formatProblem, type Problem } from '../data/problem.ts'
import type { UiStrings } from '../ui/strings.ts'

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
        {problems.map((problem) => (
          <li key={formatProblem(problem)}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </section>
  )
}
