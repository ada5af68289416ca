import { Fragment, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isAbort } from '@/lib/api-client';
import { listRulePacks } from '../api/list-rule-packs';
import { runExamples } from '../api/run-examples';
import { setPackEnabled } from '../api/set-pack-enabled';
import type { ExampleRun, RulePack } from '../types';
import { ExampleResults } from './example-results';

type Loaded = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; packs: RulePack[] };

type PackTableProps = { reloads: number; canChange: boolean; onChanged: () => void };

/** Every pack: version, ACTIVE or REFUSED (with the error), the enabled switch, and its examples on demand. */
export function PackTable({ reloads, canChange, onChanged }: PackTableProps) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [runs, setRuns] = useState<Record<string, ExampleRun | 'running'>>({});
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [actionError, setActionError] = useState<unknown>();

  useEffect(() => {
    const controller = new AbortController();
    listRulePacks(controller.signal).then(
      (packs) => setLoaded({ status: 'ready', packs: [...packs].sort((a, b) => a.id.localeCompare(b.id)) }),
      (error: unknown) => !isAbort(error) && setLoaded({ status: 'error', error }),
    );
    return () => controller.abort();
  }, [reloads]);

  async function toggle(pack: RulePack) {
    setBusy(pack.id);
    setActionError(undefined);
    setNotice(undefined);
    try {
      await setPackEnabled(pack.id, !pack.enabled);
      setNotice(`${pack.id} is now ${pack.enabled ? 'disabled: it no longer screens' : 'enabled'}.`);
      onChanged();
    } catch (error) {
      setActionError(error);
    } finally {
      setBusy(undefined);
    }
  }

  async function examples(pack: RulePack) {
    setRuns((before) => ({ ...before, [pack.id]: 'running' }));
    setActionError(undefined);
    try {
      const run = await runExamples(pack.id);
      setRuns((before) => ({ ...before, [pack.id]: run }));
    } catch (error) {
      setRuns((before) => Object.fromEntries(Object.entries(before).filter(([id]) => id !== pack.id)));
      setActionError(error);
    }
  }

  return (
    <section aria-labelledby="packs-title">
      <h2 id="packs-title">Packs</h2>
      <p role="status" className="rule-console__notice">
        {notice}
      </p>
      {actionError !== undefined && <ErrorAlert error={actionError} />}
      {loaded.status === 'loading' && <p role="status">Loading the rule packs…</p>}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ready' && (
        <table className="data rule-packs">
          <caption className="visually-hidden">Rule packs</caption>
          <thead>
            <tr>
              <th scope="col">Pack</th>
              <th scope="col">Version</th>
              <th scope="col">Status</th>
              <th scope="col">Enabled</th>
              <th scope="col">Examples</th>
            </tr>
          </thead>
          <tbody>
            {loaded.packs.map((pack) => {
              const run = runs[pack.id];
              return (
                <Fragment key={pack.id}>
                  <tr data-pack-id={pack.id}>
                    <td data-label="Pack">
                      <strong>{pack.name ?? pack.id}</strong>
                      {pack.name && <code className="muted"> {pack.id}</code>}
                    </td>
                    <td data-label="Version">{pack.version ?? <span className="muted">none</span>}</td>
                    <td data-label="Status">
                      <span className={`pack-status pack-status--${pack.status.toLowerCase()}`}>{pack.status === 'ACTIVE' ? 'Active' : 'Refused'}</span>
                      {pack.error && (
                        <pre className="pack-error" aria-label={`Why ${pack.id} was refused`}>
                          {pack.error}
                        </pre>
                      )}
                    </td>
                    <td data-label="Enabled">
                      <label className="switch">
                        <input
                          type="checkbox"
                          role="switch"
                          checked={pack.enabled}
                          disabled={!canChange || busy === pack.id}
                          onChange={() => void toggle(pack)}
                          aria-label={`${pack.id} enabled`}
                        />
                        <span>{pack.enabled ? 'On' : 'Off'}</span>
                      </label>
                    </td>
                    <td data-label="Examples">
                      <Button
                        variant="secondary"
                        className="button--small"
                        disabled={run === 'running'}
                        onClick={() => void examples(pack)}
                        aria-label={`Run the examples of ${pack.id}`}
                      >
                        {run === 'running' ? 'Running…' : 'Run examples'}
                      </Button>
                      {run && run !== 'running' && (
                        <span className="muted">
                          {' '}
                          {run.error ? 'does not compile' : `${run.passed} passed, ${run.failed} failed`}
                        </span>
                      )}
                    </td>
                  </tr>
                  {run && run !== 'running' && (
                    <tr className="rule-packs__examples">
                      <td colSpan={5}>
                        <ExampleResults run={run} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
