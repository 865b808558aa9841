import type { Dataset } from '../data/indexDataset.ts'
import type { Checked, Problem } from '../data/problem.ts'
import { countNoun } from '../data/problem.ts'

type Props = { checked: Checked<Dataset> | null; onChoose: (problem: Problem) => void }

/** Every problem the validator found, with its JSON path; choosing one moves focus to its field. */
export function ProblemList({ checked, onChoose }: Props) {
  const problems = checked && !checked.ok ? checked.problems : []
  const heading =
    checked === null
      ? 'Checking the dataset…'
      : checked.ok
        ? 'No problems: the dataset is valid'
        : countNoun(problems.length, 'problem', 'problems')
  return (
    <section
      className={`ed-problems${problems.length > 0 ? ' has-problems' : ''}`}
      aria-labelledby="problems-heading"
    >
      <h2 id="problems-heading">{heading}</h2>
      {problems.length > 0 ? (
        <>
          <p className="ed-hint">Choose a problem to go to its field.</p>
          <ol>
            {problems.map((problem) => (
              <li key={`${problem.path}\u0000${problem.message}`}>
                <button type="button" className="ed-problem" onClick={() => onChoose(problem)}>
                  <code>{problem.path}</code> {problem.message}
                </button>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  )
}
