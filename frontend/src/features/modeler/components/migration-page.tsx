import '../modeler.css';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SelectField } from '@/components/ui/select-field';
import { isAbort } from '@/lib/api-client';
import { applyMigration } from '../api/apply-migration';
import { listProcesses } from '../api/list-processes';
import { previewMigration } from '../api/preview-migration';
import type { MigrationPlan, ProcessDefinition } from '../types';

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; source: ProcessDefinition; targets: ProcessDefinition[] };

/** /processes/:definitionId/migration (administrators): preview, then apply, moving running instances to another version. */
export function MigrationPage() {
  const { definitionId = '' } = useParams();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [target, setTarget] = useState('');
  const [plan, setPlan] = useState<MigrationPlan>();
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    const controller = new AbortController();
    listProcesses(controller.signal).then(
      (processes) => {
        const source = processes.find((definition) => definition.definitionId === definitionId);
        if (!source) {
          setLoaded({ status: 'error', error: new Error(`There is no deployed process ${definitionId}.`) });
          return;
        }
        const targets = processes
          .filter((definition) => definition.key === source.key && definition.definitionId !== source.definitionId)
          .sort((a, b) => b.version - a.version);
        setLoaded({ status: 'ready', source, targets });
        setTarget(targets[0]?.definitionId ?? '');
      },
      (failure: unknown) => !isAbort(failure) && setLoaded({ status: 'error', error: failure }),
    );
    return () => controller.abort();
  }, [definitionId]);

  async function act(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  if (loaded.status === 'loading') {
    return <p role="status">Loading the versions…</p>;
  }
  if (loaded.status === 'error') {
    return <ErrorAlert error={loaded.error} />;
  }
  const { source, targets } = loaded;
  const targetVersion = targets.find((definition) => definition.definitionId === target)?.version;

  return (
    <section aria-labelledby="migration-title" className="migration">
      <p className="back-link">
        <Link to={`/processes/${encodeURIComponent(source.definitionId)}`}>← {source.name ?? source.key}, version {source.version}</Link>
      </p>
      <h1 id="migration-title">
        Migrate instances of {source.name ?? source.key}, version {source.version}
      </h1>
      <p>
        Running instances stay on the version they started on. Migration moves them, activity by activity, to another
        version. {source.runningInstances} {source.runningInstances === 1 ? 'instance runs' : 'instances run'} on this version now.
      </p>
      {targets.length === 0 ? (
        <p className="muted">There is no other version of {source.key} to migrate to.</p>
      ) : (
        <form
          className="migration__form"
          onSubmit={(event) => {
            event.preventDefault();
            void act(async () => {
              setPlan(await previewMigration(source.definitionId, target));
              setConfirmed(false);
            });
          }}
        >
          <SelectField
            label="Target version"
            value={target}
            onChange={(event) => {
              setTarget(event.target.value);
              setPlan(undefined);
            }}
            options={targets.map((definition) => ({ value: definition.definitionId, label: `Version ${definition.version}` }))}
          />
          <Button type="submit" variant="secondary" disabled={busy || !target}>
            Preview migration
          </Button>
        </form>
      )}
      <p role="status" className="processes__notice">
        {notice}
      </p>
      {error !== undefined && <ErrorAlert error={error} />}
      {plan && (
        <section aria-labelledby="plan-title" className="migration__plan">
          <h2 id="plan-title">
            Plan: {plan.instances} {plan.instances === 1 ? 'instance' : 'instances'} to version {targetVersion}
          </h2>
          {plan.problems.length > 0 && (
            <div role="alert" className="alert">
              <strong className="alert__title">These instances cannot be migrated as planned</strong>
              <ul>
                {plan.problems.map((problem, index) => (
                  <li key={`${problem.elementId}-${index}`}>
                    {problem.elementId && <code>{problem.elementId}</code>} {problem.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <table className="data">
            <caption>Activities mapped from version {source.version} to version {targetVersion}</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
              </tr>
            </thead>
            <tbody>
              {plan.instructions.map((instruction) => (
                <tr key={instruction.sourceActivityIds.join()}>
                  <td>
                    <code>{instruction.sourceActivityIds.join(', ')}</code>
                  </td>
                  <td>
                    <code>{instruction.targetActivityIds.join(', ')}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Checkbox
            label={`Move ${plan.instances} running ${plan.instances === 1 ? 'instance' : 'instances'} to version ${targetVersion}`}
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
            disabled={plan.problems.length > 0 || plan.instances === 0}
          />
          <Button
            disabled={busy || !confirmed || plan.problems.length > 0 || plan.instances === 0}
            onClick={() =>
              void act(async () => {
                const result = await applyMigration(source.definitionId, target);
                setNotice(`Migrated ${result.migratedInstances} ${result.migratedInstances === 1 ? 'instance' : 'instances'} to version ${targetVersion}.`);
                setPlan(undefined);
              })
            }
          >
            Apply migration
          </Button>
        </section>
      )}
    </section>
  );
}
