import '../modeler.css';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isAbort } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import type { CurrentUser } from '@/types/current-user';
import { getActivityStats } from '../api/get-activity-stats';
import { getProcess, processXmlUrl } from '../api/get-process';
import { canMigrate, canModel } from '../lib/roles';
import { SOURCE_LABELS, type ActivityStat, type ProcessDetail } from '../types';

const REFRESH_MS = 10_000;

// bpmn-js loads when the diagram is shown, not with the list of processes.
const BpmnViewer = lazy(() => import('./bpmn-viewer').then((module) => ({ default: module.BpmnViewer })));

type Loaded = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; process: ProcessDetail };

/** /processes/:definitionId: one deployed version, with the instances waiting in each activity drawn on it. */
export function ProcessVersionPage({ user }: { user: CurrentUser }) {
  const { definitionId = '' } = useParams();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [stats, setStats] = useState<ActivityStat[]>();
  const [statsError, setStatsError] = useState<unknown>();

  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ status: 'loading' });
    getProcess(definitionId, controller.signal).then(
      (process) => setLoaded({ status: 'ready', process }),
      (error: unknown) => !isAbort(error) && setLoaded({ status: 'error', error }),
    );
    return () => controller.abort();
  }, [definitionId]);

  // The counts are live: they refresh while the page is open.
  useEffect(() => {
    let controller = new AbortController();
    const load = () => {
      controller.abort();
      controller = new AbortController();
      getActivityStats(definitionId, controller.signal).then(
        (next) => {
          setStats(next);
          setStatsError(undefined);
        },
        (error: unknown) => !isAbort(error) && setStatsError(error),
      );
    };
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [definitionId]);

  if (loaded.status === 'loading') {
    return <p role="status">Loading the process…</p>;
  }
  if (loaded.status === 'error') {
    return <ErrorAlert error={loaded.error} />;
  }
  const { process } = loaded;
  const title = `${process.name ?? process.key}, version ${process.version}`;
  const busy = (stats ?? []).filter((stat) => stat.instances > 0 || stat.incidents > 0);

  return (
    <section aria-labelledby="process-title" className="process-version">
      <p className="back-link">
        <Link to="/processes">← All processes</Link>
      </p>
      <div className="page-title">
        <h1 id="process-title">{title}</h1>
        <div className="process-version__actions">
          {canModel(user) && (
            <Link className="button button--primary button--small" to={`/processes/${encodeURIComponent(process.definitionId)}/edit`}>
              Edit in the modeler
            </Link>
          )}
          <a className="button button--secondary button--small" href={processXmlUrl(process.definitionId)} download={`${process.key}.bpmn`}>
            Download BPMN
          </a>
          {canMigrate(user) && (
            <Link className="button button--secondary button--small" to={`/processes/${encodeURIComponent(process.definitionId)}/migration`}>
              Migrate instances
            </Link>
          )}
        </div>
      </div>
      <p className="muted">
        <code>{process.definitionId}</code> · deployed {formatDateTime(process.deployedAt)}
        {process.deployedBy && ` by ${process.deployedBy}`}
        {process.source && ` · from the ${SOURCE_LABELS[process.source] ?? process.source}`} · {process.runningInstances} running,{' '}
        {process.openIncidents} open incidents
      </p>
      {process.comment && (
        <p className="process-version__comment">
          <strong>Deployment comment:</strong> {process.comment}
        </p>
      )}
      {process.changes && (
        <p className="process-version__changes">
          <strong>Changes against the version before:</strong> {process.changes}
        </p>
      )}
      {statsError !== undefined && <ErrorAlert error={statsError} />}
      <Suspense fallback={<p role="status">Loading the diagram…</p>}>
        <BpmnViewer xml={process.xml} label={`Diagram of ${title}`} stats={stats} className="process-version__diagram" />
      </Suspense>
      <section aria-labelledby="activity-counts-title">
        <h2 id="activity-counts-title">Where instances wait now</h2>
        {stats === undefined ? (
          <p role="status">Counting…</p>
        ) : busy.length === 0 ? (
          <p className="muted">No instance of this version is waiting anywhere.</p>
        ) : (
          <table className="data activity-counts">
            <caption className="visually-hidden">Instances and open incidents per activity</caption>
            <thead>
              <tr>
                <th scope="col">Activity</th>
                <th scope="col">Waiting</th>
                <th scope="col">Incidents</th>
              </tr>
            </thead>
            <tbody>
              {busy.map((stat) => (
                <tr key={stat.activityId}>
                  <td>
                    <code>{stat.activityId}</code>
                  </td>
                  <td>{stat.instances}</td>
                  <td>{stat.incidents}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
