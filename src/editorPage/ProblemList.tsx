import type { Problem } from '../data/problem.ts'

type Props = { problems: readonly Problem[]; onChoose: (problem: Problem) => void }

/** Every problem the validator found, with its JSON path; choosing one moves focus to its field. */
export function ProblemList({ problems, onChoose }: Props) {
  return (
    <section className="ed-problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        {problems.length === 0
          ? 'No problems: the dataset is valid'
          : `${problems.length} problem${problems.length === 1 ? '' : 's'}`}
      </h2>
      {problems.length > 0 ? (
        <ol>
          {problems.map((problem) => (
            <li key={`${problem.path}\u0000${problem.message}`}>
              <button type="button" className="ed-problem" onClick={() => onChoose(problem)}>
                <code>{problem.path}</code> {problem.message}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  )
}
