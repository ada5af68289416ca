import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { CategoryBadge } from '@/components/ui/category-badge';
import { ErrorAlert, errorMessage } from '@/components/ui/error-alert';
import { RouteBadge } from '@/components/ui/status-badge';
import { TextField } from '@/components/ui/text-field';
import { isAbort } from '@/lib/api-client';
import type { CurrentUser } from '@/types/current-user';
import type { Task } from '@/types/task';
import { PLATFORM_NAMES } from '@/types/screening';
import { claimTask } from '../api/claim-task';
import { listTasks } from '../api/list-tasks';
import { unclaimTask } from '../api/unclaim-task';
import { deleteFilter, loadSavedFilters, saveFilter, type SavedFilter } from '../lib/saved-filters';
import { filtersFromParams, filtersToParams } from '../lib/task-filters';
import { SlaBadge } from './sla-badge';
import { TaskFilterBar } from './task-filter-bar';
import { useNow } from '@/lib/use-now';

type Loaded = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; tasks: Task[]; total: number };

const REFRESH_MS = 30_000;

const STAGE_LABELS: Record<string, string> = {
  COMPLIANCE: 'Compliance',
  LEGAL: 'Legal',
  CRISIS: 'Crisis approval',
  RETROSPECTIVE: 'Retrospective review',
};

function excerpt(text: string, length = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/**
 * The reviewer's inbox: open tasks of their groups, filtered and sorted by the server (so filters cover every open
 * task, not one page), claimed one by one or in bulk.
 */
export function InboxPage({ user }: { user: CurrentUser }) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const location = useLocation();
  const now = useNow();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | undefined>((location.state as { notice?: string } | null)?.notice);
  const [actionError, setActionError] = useState<unknown>();
  const [saved, setSaved] = useState<SavedFilter[]>(loadSavedFilters);
  const [filterName, setFilterName] = useState('');
  const savedId = useId();

  const query = filtersToParams(filters).toString();
  useEffect(() => {
    const controller = new AbortController();
    // One call, whatever the number of tasks: the server filters, sorts and pages, each task carries its post's summary.
    listTasks(filtersFromParams(new URLSearchParams(query)), controller.signal).then(
      ({ tasks, total }) => setLoaded({ status: 'ready', tasks, total }),
      (error: unknown) => {
        if (!isAbort(error)) {
          setLoaded({ status: 'error', error });
        }
      },
    );
    return () => controller.abort();
  }, [reloads, query]);

  const reload = useCallback(() => setReloads((count) => count + 1), []);
  // New tasks arrive while the inbox stays open; selections and filters survive a refresh.
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const rows = loaded.status === 'ready' ? loaded.tasks.map((task) => ({ task })) : [];
  const filtered = [...new URLSearchParams(query).keys()].some((key) => key !== 'sort');
  const claimable = rows.filter((row) => !row.task.assignee);
  const chosen = claimable.filter((row) => selected.has(row.task.id));

  async function claimAll(taskIds: string[]) {
    setBusy(true);
    setActionError(undefined);
    setNotice(undefined);
    const failures: string[] = [];
    for (const taskId of taskIds) {
      try {
        await claimTask(taskId);
      } catch (error) {
        const row = rows.find((candidate) => candidate.task.id === taskId);
        failures.push(`post ${row?.task.postId ?? taskId}: ${errorMessage(error)}`);
      }
    }
    const claimed = taskIds.length - failures.length;
    setNotice(`Claimed ${claimed} of ${taskIds.length} ${taskIds.length === 1 ? 'task' : 'tasks'}.`);
    if (failures.length > 0) {
      setActionError(new Error(`Not claimed: ${failures.join('; ')}`));
    }
    setSelected(new Set());
    setBusy(false);
    reload();
  }

  async function release(taskId: string) {
    setBusy(true);
    setActionError(undefined);
    setNotice(undefined);
    try {
      await unclaimTask(taskId);
      setNotice('Released the task to its group.');
    } catch (error) {
      setActionError(error);
    }
    setBusy(false);
    reload();
  }

  function toggle(taskId: string, on: boolean) {
    setSelected((before) => {
      const next = new Set(before);
      if (on) {
        next.add(taskId);
      } else {
        next.delete(taskId);
      }
      return next;
    });
  }

  return (
    <section aria-labelledby="inbox-title" className="inbox">
      <div className="page-title">
        <h1 id="inbox-title">Inbox</h1>
        <Button variant="secondary" className="button--small" onClick={reload} disabled={busy}>
          Refresh
        </Button>
      </div>

      <TaskFilterBar filters={filters} onChange={(next) => setParams(filtersToParams(next))} />

      <div className="saved-filters">
        <div className="field">
          <label htmlFor={savedId}>Saved filters</label>
          <select
            id={savedId}
            value={saved.find((entry) => entry.query === query)?.name ?? ''}
            onChange={(event) => {
              const entry = saved.find((candidate) => candidate.name === event.target.value);
              setParams(new URLSearchParams(entry?.query ?? ''));
            }}
          >
            <option value="">{saved.length === 0 ? 'None saved yet' : 'Choose…'}</option>
            {saved.map((entry) => (
              <option key={entry.name} value={entry.name}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
        <form
          className="saved-filters__save"
          onSubmit={(event) => {
            event.preventDefault();
            if (filterName.trim()) {
              setSaved(saveFilter(filterName.trim(), query));
              setFilterName('');
            }
          }}
        >
          <TextField label="Name for these filters" value={filterName} onChange={(event) => setFilterName(event.target.value)} />
          <Button type="submit" variant="secondary" className="button--small" disabled={!filterName.trim()}>
            Save filters
          </Button>
        </form>
        {saved.some((entry) => entry.query === query) && (
          <Button
            variant="secondary"
            className="button--small"
            onClick={() => setSaved(deleteFilter(saved.find((entry) => entry.query === query)!.name))}
          >
            Forget this saved filter
          </Button>
        )}
      </div>

      <p role="status" className="inbox__notice">
        {notice}
      </p>
      {actionError !== undefined && <ErrorAlert error={actionError} />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'loading' && <p role="status">Loading your tasks…</p>}
      {loaded.status === 'ready' && loaded.total > loaded.tasks.length && (
        <p role="status" className="inbox__notice">
          Showing the first {loaded.tasks.length} of {loaded.total} {filtered ? 'matching tasks' : 'tasks'}; narrow the filters to see
          the others.
        </p>
      )}

      {loaded.status === 'ready' && (
        <>
          <div className="inbox__bulk">
            <span>
              {loaded.total} {filtered ? 'matching' : 'open'} {loaded.total === 1 ? 'task' : 'tasks'}
              {loaded.total > rows.length ? `, ${rows.length} shown` : ''}
            </span>
            <Button
              className="button--small"
              disabled={busy || chosen.length === 0}
              onClick={() => void claimAll(chosen.map((row) => row.task.id))}
            >
              Claim selected ({chosen.length})
            </Button>
          </div>
          {rows.length === 0 ? (
            <p className="inbox__empty">{filtered ? 'No task matches these filters.' : 'No open tasks for your groups.'}</p>
          ) : (
            <table className="data tasks">
              <caption className="visually-hidden">Open review tasks, sorted by due date</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      aria-label="Select all unclaimed tasks shown"
                      checked={claimable.length > 0 && chosen.length === claimable.length}
                      disabled={claimable.length === 0}
                      onChange={(event) => setSelected(new Set(event.target.checked ? claimable.map((row) => row.task.id) : []))}
                    />
                  </th>
                  <th scope="col">Post</th>
                  <th scope="col">Stage</th>
                  <th scope="col">Screening</th>
                  <th scope="col">Due</th>
                  <th scope="col">Claimed by</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ task }) => {
                  const post = task.post;
                  const mine = task.assignee === user.username;
                  return (
                    <tr key={task.id} data-task-id={task.id}>
                      <td data-label="Select">
                        {!task.assignee && (
                          <input
                            type="checkbox"
                            aria-label={`Select the task on post ${task.postId}`}
                            checked={selected.has(task.id)}
                            onChange={(event) => toggle(task.id, event.target.checked)}
                          />
                        )}
                      </td>
                      <td data-label="Post" className="tasks__post">
                        <Link to={`/inbox/${task.id}`}>
                          Post {task.postId}
                          {post?.crisis && <span className="tasks__crisis"> · crisis update</span>}
                        </Link>
                        {post && (
                          <>
                            <span className="tasks__excerpt">{excerpt(post.excerpt)}</span>
                            <span className="tasks__platforms">{post.platforms.map((platform) => PLATFORM_NAMES[platform]).join(' · ')}</span>
                          </>
                        )}
                      </td>
                      <td data-label="Stage">{task.stage ? STAGE_LABELS[task.stage] : task.name}</td>
                      <td data-label="Screening">
                        <div className="tasks__screening">
                          {post?.route && <RouteBadge route={post.route} />}
                          {post?.categories.map((category) => (
                            <CategoryBadge key={category} category={category} />
                          ))}
                        </div>
                      </td>
                      <td data-label="Due">
                        <SlaBadge due={task.due} now={now} escalated={task.escalated} />
                      </td>
                      <td data-label="Claimed by">{task.assignee ? (mine ? 'you' : task.assignee) : <span className="muted">unclaimed</span>}</td>
                      <td data-label="Actions" className="tasks__actions">
                        <Link className="button button--secondary button--small" to={`/inbox/${task.id}`} aria-label={`Open the task on post ${task.postId}`}>
                          Open
                        </Link>
                        {!task.assignee && (
                          <Button className="button--small" disabled={busy} onClick={() => void claimAll([task.id])} aria-label={`Claim the task on post ${task.postId}`}>
                            Claim
                          </Button>
                        )}
                        {mine && (
                          <Button variant="secondary" className="button--small" disabled={busy} onClick={() => void release(task.id)} aria-label={`Release the task on post ${task.postId}`}>
                            Release
                          </Button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
