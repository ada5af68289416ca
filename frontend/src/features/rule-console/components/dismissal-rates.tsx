import { useEffect, useState } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isAbort } from '@/lib/api-client';
import { getDismissalRates } from '../api/get-dismissal-rates';
import type { DismissalRate } from '../types';

/** A rule whose findings reviewers often dismiss cries wolf: the highest rates first. */
export function DismissalRates({ reloads }: { reloads: number }) {
  const [rates, setRates] = useState<DismissalRate[]>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    const controller = new AbortController();
    getDismissalRates(controller.signal).then(
      (next) => setRates([...next].sort((a, b) => b.rate - a.rate || b.findings - a.findings)),
      (failure: unknown) => !isAbort(failure) && setError(failure),
    );
    return () => controller.abort();
  }, [reloads]);

  return (
    <section aria-labelledby="dismissals-title">
      <h2 id="dismissals-title">Dismissal rates</h2>
      {error !== undefined && <ErrorAlert error={error} />}
      {rates === undefined && error === undefined && <p role="status">Loading…</p>}
      {rates && rates.length === 0 && <p className="muted">No findings recorded on stored posts yet.</p>}
      {rates && rates.length > 0 && (
        <table className="data dismissal-rates">
          <caption className="visually-hidden">Findings and dismissals per rule, highest dismissal rate first</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Findings</th>
              <th scope="col">Dismissed</th>
              <th scope="col">Rate</th>
            </tr>
          </thead>
          <tbody>
            {rates.map((rate) => (
              <tr key={`${rate.pack}/${rate.ruleId}`}>
                <td data-label="Rule">
                  <code>{rate.ruleId}</code> <span className="muted">({rate.pack})</span>
                </td>
                <td data-label="Findings">{rate.findings}</td>
                <td data-label="Dismissed">{rate.dismissals}</td>
                <td data-label="Rate">
                  <meter min={0} max={1} value={rate.rate} aria-label={`Dismissal rate of ${rate.ruleId}`} /> {Math.round(rate.rate * 100)} %
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
