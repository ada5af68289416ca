import { useCallback, useEffect, useState } from 'react';
import { listIncidents } from '@/api/incidents/list-incidents';
import { getPostHistory } from '@/api/posts/get-post-history';
import { listPosts } from '@/api/posts/list-posts';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isAbort } from '@/lib/api-client';
import type { CurrentUser } from '@/types/current-user';
import type { Incident } from '@/types/incident';
import { FINAL_STATUSES } from '@/types/post';
import { listTemplates, type CrisisTemplate } from '../api/list-templates';
import { IncidentPanel } from './incident-panel';
import { UpdateComposer } from './update-composer';
import { UpdateTracker, type TrackedUpdate } from './update-tracker';

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; incidents: Incident[]; templates: CrisisTemplate[]; updates: TrackedUpdate[] };

/** How many of the latest crisis updates the console follows. */
const TRACKED = 5;
/** While an update is on its way, the console asks the server this often. */
const FAST_REFRESH_MS = 2_000;
const SLOW_REFRESH_MS = 30_000;

async function load(signal: AbortSignal) {
  const [incidents, templates, posts] = await Promise.all([listIncidents('OPEN', signal), listTemplates(signal), listPosts(undefined, signal)]);
  const latest = posts.filter((post) => post.kind === 'CRISIS_UPDATE').sort((a, b) => b.id - a.id).slice(0, TRACKED);
  const updates = await Promise.all(latest.map(async (post) => ({ post, history: await getPostHistory(post.id, signal) })));
  return { incidents, templates, updates };
}

/** The crisis lead's console: incidents, templates, and the updates on their way out. */
export function CrisisConsolePage({ user }: { user: CurrentUser }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [notice, setNotice] = useState<string>();
  const reload = useCallback(() => setReloads((count) => count + 1), []);
  const isLead = user.groups.includes('crisis-leads');

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setLoaded({ status: 'ready', ...data }),
      (error: unknown) => {
        if (!isAbort(error)) setLoaded({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [reloads]);

  const inFlight = loaded.status === 'ready' && loaded.updates.some(({ post }) => !FINAL_STATUSES.includes(post.status) && post.status !== 'DRAFT');
  useEffect(() => {
    const timer = setTimeout(reload, inFlight ? FAST_REFRESH_MS : SLOW_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [reload, inFlight, reloads]);

  return (
    <section aria-labelledby="crisis-title" className="crisis-console">
      <div className="page-title">
        <h1 id="crisis-title">Crisis console</h1>
        <Button variant="secondary" className="button--small" onClick={reload}>
          Refresh
        </Button>
      </div>
      <p role="status" className="inbox__notice">
        {notice}
      </p>
      {loaded.status === 'loading' && <p role="status">Loading incidents and templates…</p>}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ready' && (
        <div className="crisis-console__grid">
          <div>
            {isLead ? (
              <IncidentPanel
                incidents={loaded.incidents}
                onChanged={(message) => {
                  setNotice(message);
                  reload();
                }}
              />
            ) : (
              <p>Only crisis leads declare and close incidents and send crisis updates.</p>
            )}
            {isLead && (
              <UpdateComposer
                templates={loaded.templates}
                onSent={(postId) => {
                  setNotice(`Update ${postId} sent for approval.`);
                  reload();
                }}
              />
            )}
          </div>
          <UpdateTracker updates={loaded.updates} />
        </div>
      )}
    </section>
  );
}
