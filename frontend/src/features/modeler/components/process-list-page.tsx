import '../modeler.css';
import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isAbort } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import type { CurrentUser } from '@/types/current-user';
import { deleteDraft } from '../api/delete-draft';
import { processXmlUrl } from '../api/get-process';
import { listDrafts } from '../api/list-drafts';
import { listProcesses } from '../api/list-processes';
import { canModel } from '../lib/roles';
import { SOURCE_LABELS, type ProcessDefinition, type ProcessDraft } from '../types';

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; processes: ProcessDefinition[]; drafts: ProcessDraft[] };

/** Deployed versions grouped by process key, newest version first. */
function byKey(processes: readonly ProcessDefinition[]): [string, ProcessDefinition[]][] {
  const groups = new Map<string, ProcessDefinition[]>();
  for (const definition of processes) {
    groups.set(definition.key, [...(groups.get(definition.key) ?? []), definition]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, versions]) => [key, versions.sort((a, b) => b.version - a.version)]);
}

/** /processes: every deployed version with its live counts, and the saved drafts. */
export function ProcessListPage({ user }: { user: CurrentUser }) {
  const modeler = canModel(user);
  const location = useLocation();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [notice, setNotice] = useState<string | undefined>((location.state as { notice?: string } | null)?.notice);
  const [actionError, setActionError] = useState<unknown>();

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([listProcesses(controller.signal), modeler ? listDrafts(controller.signal) : Promise.resolve([])]).then(
      ([processes, drafts]) => setLoaded({ status: 'ready', processes, drafts }),
      (error: unknown) => {
        if (!isAbort(error)) {
          setLoaded({ status: 'error', error });
        }
      },
    );
    return () => controller.abort();
  }, [reloads, modeler]);

  const reload = useCallback(() => setReloads((count) => count + 1), []);

  async function remove(draft: ProcessDraft) {
    setActionError(undefined);
    try {
      await deleteDraft(String(draft.id));
      setNotice(`Deleted the draft “${draft.name}”.`);
      reload();
    } catch (error) {
      setActionError(error);
    }
  }

  return (
    <section aria-labelledby="processes-title" className="processes">
      <div className="page-title">
        <h1 id="processes-title">Processes</h1>
        <Button variant="secondary" className="button--small" onClick={reload}>
          Refresh
        </Button>
      </div>
      <p>
        {modeler
          ? 'Open a deployed version to see where its instances wait, edit it in the modeler, and deploy a new version.'
          : 'Deployed versions with their running instances. Only modelers edit and deploy; administrators migrate instances.'}
      </p>
      <p role="status" className="processes__notice">
        {notice}
      </p>
      {actionError !== undefined && <ErrorAlert error={actionError} />}
      {loaded.status === 'loading' && <p role="status">Loading the processes…</p>}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ready' && (
        <>
          {byKey(loaded.processes).map(([key, versions]) => (
            <section key={key} className="process-versions" aria-labelledby={`process-${key}`}>
              <h2 id={`process-${key}`}>
                {versions[0].name ?? key} <code className="muted">{key}</code>
              </h2>
              <table className="data">
                <caption className="visually-hidden">Deployed versions of {versions[0].name ?? key}, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Version</th>
                    <th scope="col">Deployed</th>
                    <th scope="col">Source</th>
                    <th scope="col">Running</th>
                    <th scope="col">Incidents</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {versions.map((definition) => (
                    <tr key={definition.definitionId} data-definition-id={definition.definitionId}>
                      <td data-label="Version">
                        <Link to={`/processes/${encodeURIComponent(definition.definitionId)}`}>Version {definition.version}</Link>
                      </td>
                      <td data-label="Deployed">
                        {formatDateTime(definition.deployedAt)}
                        {definition.deployedBy && <span className="muted"> by {definition.deployedBy}</span>}
                      </td>
                      <td data-label="Source">{definition.source ? (SOURCE_LABELS[definition.source] ?? definition.source) : ''}</td>
                      <td data-label="Running">{definition.runningInstances}</td>
                      <td data-label="Incidents">
                        {definition.openIncidents > 0 ? <strong className="processes__incidents">{definition.openIncidents}</strong> : 0}
                      </td>
                      <td data-label="Actions" className="processes__actions">
                        {modeler && (
                          <Link
                            className="button button--secondary button--small"
                            to={`/processes/${encodeURIComponent(definition.definitionId)}/edit`}
                            aria-label={`Edit ${key} version ${definition.version} in the modeler`}
                          >
                            Edit
                          </Link>
                        )}
                        <a
                          className="button button--secondary button--small"
                          href={processXmlUrl(definition.definitionId)}
                          download={`${key}.bpmn`}
                          aria-label={`Download ${key} version ${definition.version} as BPMN`}
                        >
                          Download
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          {loaded.processes.length === 0 && <p>No process is deployed.</p>}
          {modeler && (
            <section aria-labelledby="drafts-title" className="process-drafts">
              <h2 id="drafts-title">Drafts</h2>
              {loaded.drafts.length === 0 ? (
                <p className="muted">No drafts. Edit a deployed version and save it as a draft to come back to it later.</p>
              ) : (
                <table className="data">
                  <caption className="visually-hidden">Saved drafts</caption>
                  <thead>
                    <tr>
                      <th scope="col">Draft</th>
                      <th scope="col">Process</th>
                      <th scope="col">Last saved</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {loaded.drafts.map((draft) => (
                      <tr key={draft.id}>
                        <td data-label="Draft">
                          <Link to={`/processes/drafts/${encodeURIComponent(String(draft.id))}`}>{draft.name}</Link>
                        </td>
                        <td data-label="Process">
                          <code>{draft.key}</code>
                          {draft.basedOnDefinitionId && <span className="muted"> from {draft.basedOnDefinitionId}</span>}
                          {draft.deployedDefinitionId && <span className="muted"> · deployed as {draft.deployedDefinitionId}</span>}
                        </td>
                        <td data-label="Last saved">
                          {formatDateTime(draft.updatedAt)} <span className="muted">by {draft.updatedBy}</span>
                        </td>
                        <td data-label="Actions">
                          <Button variant="secondary" className="button--small" onClick={() => void remove(draft)} aria-label={`Delete the draft ${draft.name}`}>
                            Delete
                          </Button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          )}
        </>
      )}
    </section>
  );
}
