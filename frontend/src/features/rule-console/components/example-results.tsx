import type { ExampleRun } from '../types';

/** The outcome of one pack's examples: each example passed or failed, and what differed. */
export function ExampleResults({ run }: { run: ExampleRun }) {
  return (
    <div className="example-results">
      <p>
        Examples of <code>{run.pack}</code> {run.version} (as on disk): {run.passed} passed, {run.failed} failed.
      </p>
      {run.error && (
        <pre className="pack-error" aria-label={`Why ${run.pack} does not compile`}>
          {run.error}
        </pre>
      )}
      {run.results.length > 0 && (
        <ul aria-label={`Examples of ${run.pack}`}>
          {run.results.map((result) => (
            <li key={`${result.file}/${result.name}`} className={result.passed ? 'example--passed' : 'example--failed'}>
              <span aria-hidden="true">{result.passed ? '✓' : '✗'}</span> <span className="visually-hidden">{result.passed ? 'Passed: ' : 'Failed: '}</span>
              {result.name} <span className="muted">({result.file})</span>
              {result.problem && <div className="example__problem">{result.problem}</div>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
