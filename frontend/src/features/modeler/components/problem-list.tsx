import { useState } from 'react';
import type { ValidationProblem } from '../types';

type ProblemListProps = {
  problems: readonly ValidationProblem[];
  title: string;
  /** Selects the element in the diagram; false when it is not there. */
  onShow: (elementId: string) => boolean;
};

/** The server's problems, each naming its element: a click selects and scrolls to it in the diagram. */
export function ProblemList({ problems, title, onShow }: ProblemListProps) {
  const [missing, setMissing] = useState<string>();
  return (
    <section className={['problem-list', problems.length === 0 ? 'problem-list--clean' : ''].filter(Boolean).join(' ')} aria-labelledby="problem-list-title">
      <h2 id="problem-list-title">
        {title}: {problems.length === 0 ? 'no problems' : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`}
      </h2>
      {problems.length > 0 && (
        <ul aria-label="Problems found by the server">
          {problems.map((problem, index) => (
            <li key={`${problem.elementId}-${problem.rule}-${index}`} className="problem-list__item">
              <code className="problem-list__rule">{problem.rule}</code>{' '}
              {problem.elementId ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setMissing(onShow(problem.elementId!) ? undefined : problem.elementId!)}
                  aria-label={`Show ${problem.elementId} in the diagram`}
                >
                  {problem.elementId}
                </button>
              ) : (
                <span className="muted">the whole diagram</span>
              )}
              : {problem.message}
            </li>
          ))}
        </ul>
      )}
      {missing && <p className="muted">The diagram has no element {missing} (it may have been removed since).</p>}
    </section>
  );
}
