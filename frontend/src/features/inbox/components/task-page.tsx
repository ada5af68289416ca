import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { getPost } from '@/api/posts/get-post';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { FindingList } from '@/components/ui/finding-list';
import { PlatformPreview } from '@/components/ui/platform-preview';
import { RouteBadge, StatusBadge } from '@/components/ui/status-badge';
import { isAbort } from '@/lib/api-client';
import { sortFindings } from '@/lib/findings';
import { formatDateTime } from '@/lib/format';
import type { CurrentUser } from '@/types/current-user';
import { DECISION_LABELS, type Post } from '@/types/post';
import { KIND_LABELS } from '@/types/screening';
import type { Task } from '@/types/task';
import { claimTask } from '../api/claim-task';
import { getTask } from '../api/get-task';
import { unclaimTask } from '../api/unclaim-task';
import { DecisionForm } from './decision-form';
import { SlaBadge } from './sla-badge';
import { useNow } from './use-now';

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'gone' }
  | { status: 'ready'; task: Task; post: Post };

const STAGE_TITLES: Record<string, string> = { COMPLIANCE: 'Compliance review', LEGAL: 'Legal sign-off' };

/** One task: the post as it will appear with its findings, earlier decisions, and the decision to make. */
export function TaskPage({ user }: { user: CurrentUser }) {
  const { taskId = '' } = useParams();
  const navigate = useNavigate();
  const now = useNow();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [claimError, setClaimError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    // GET /api/tasks/{id} rather than a search of the inbox: the inbox is paged, the task may be on a later page.
    getTask(taskId, controller.signal)
      .then(async (task) => {
        if (!task) {
          setLoaded({ status: 'gone' });
          return;
        }
        const post = await getPost(task.postId, controller.signal);
        setLoaded({ status: 'ready', task, post });
      })
      .catch((error: unknown) => {
        if (!isAbort(error)) {
          setLoaded({ status: 'error', error });
        }
      });
    return () => controller.abort();
  }, [taskId, reloads]);

  const reload = useCallback(() => setReloads((count) => count + 1), []);

  async function change(action: (id: string) => Promise<Task>) {
    setBusy(true);
    setClaimError(undefined);
    try {
      await action(taskId);
      reload();
    } catch (error) {
      setClaimError(error);
    }
    setBusy(false);
  }

  if (loaded.status === 'loading') {
    return <p role="status" className="loading">Loading the task…</p>;
  }
  if (loaded.status === 'error' || loaded.status === 'gone') {
    return (
      <section aria-labelledby="task-title">
        <h1 id="task-title">Task</h1>
        {loaded.status === 'error' ? (
          <ErrorAlert error={loaded.error} />
        ) : (
          <p>This task is no longer open for you: it was decided, withdrawn, or is not offered to your groups.</p>
        )}
        <Link to="/inbox">Back to the inbox</Link>
      </section>
    );
  }

  const { task, post } = loaded;
  const screening = post.screening && post.screening.revision === post.revision.number ? post.screening : null;
  const findings = screening ? sortFindings(screening.findings) : [];
  const ownPost = post.author === user.username;
  const claimedByOther = !!task.assignee && task.assignee !== user.username;
  const text = post.revision.text;

  return (
    <section aria-labelledby="task-title" className="task-page">
      <nav className="page-links" aria-label="Task">
        <Link to="/inbox">Back to the inbox</Link>
        <Link to={`/posts/${post.id}`}>Record of post {post.id}</Link>
      </nav>
      <div className="page-title">
        <h1 id="task-title">
          {task.stage ? STAGE_TITLES[task.stage] : task.name}: post {post.id}
        </h1>
        <StatusBadge status={post.status} />
      </div>
      <div className="task-page__bar">
        <SlaBadge due={task.due} now={now} />
        <span>
          {task.assignee ? (
            <>
              Claimed by <strong>{task.assignee === user.username ? 'you' : task.assignee}</strong>
            </>
          ) : (
            'Unclaimed'
          )}
        </span>
        {!task.assignee && (
          <Button className="button--small" disabled={busy} onClick={() => void change(claimTask)}>
            Claim
          </Button>
        )}
        {task.assignee === user.username && (
          <Button variant="secondary" className="button--small" disabled={busy} onClick={() => void change(unclaimTask)}>
            Release
          </Button>
        )}
      </div>
      {claimError !== undefined && <ErrorAlert error={claimError} />}

      <div className="task-page__grid">
        <div className="task-page__post">
          <h2>As it will appear</h2>
          <div className="preview-grid">
            {post.platforms.map((platform) => (
              <PlatformPreview
                key={platform}
                platform={platform}
                text={text}
                findings={findings}
                mediaDescriptions={post.revision.mediaDescriptions}
                sponsored={post.sponsored}
              />
            ))}
          </div>
          <h2 className="task-page__subtitle">Details</h2>
          <dl className="facts">
            <dt>Author</dt>
            <dd>{post.author}</dd>
            <dt>Kind</dt>
            <dd>{KIND_LABELS[post.kind]}</dd>
            <dt>Revision</dt>
            <dd>
              {post.revision.number}, {formatDateTime(post.revision.createdAt)}
            </dd>
            <dt>Sponsored</dt>
            <dd>{post.sponsored ? 'Yes' : 'No'}</dd>
            <dt>Publish at</dt>
            <dd>{post.scheduledAt ? formatDateTime(post.scheduledAt) : 'As soon as approved'}</dd>
            <dt>Consent references</dt>
            <dd>{post.revision.consentIds.length > 0 ? post.revision.consentIds.join(', ') : 'None'}</dd>
            <dt>Legal sign-off</dt>
            <dd>{post.legalRequired ? 'Required' : 'Not required so far'}</dd>
          </dl>
        </div>

        <div className="task-page__side">
          <section aria-labelledby="task-findings-title" className="panel">
            <div className="findings-panel__head">
              <h2 id="task-findings-title">Findings</h2>
              {screening && <RouteBadge route={screening.route} />}
            </div>
            {screening ? (
              <FindingList findings={findings} text={text} emptyMessage="Screening found nothing. Read the post all the same." />
            ) : (
              <p>This revision has not been screened.</p>
            )}
            {screening && (
              <p className="field__hint">
                Screened {formatDateTime(screening.screenedAt)} with {screening.packs.map((pack) => `${pack.id} ${pack.version}`).join(', ')}.
              </p>
            )}
          </section>

          <section aria-labelledby="task-decisions-title" className="panel">
            <h2 id="task-decisions-title">Earlier decisions</h2>
            {post.decisions.length === 0 ? (
              <p>None yet.</p>
            ) : (
              <ol className="decisions">
                {post.decisions.map((decision, index) => (
                  <li key={index} className={decision.current ? 'decision' : 'decision decision--old'}>
                    <strong>
                      {decision.stage === 'COMPLIANCE' ? 'Compliance' : 'Legal'}: {DECISION_LABELS[decision.decision]}
                    </strong>{' '}
                    by {decision.reviewer}, {formatDateTime(decision.decidedAt)}, revision {decision.revision}
                    {!decision.current && ' (an earlier revision: no longer counts)'}
                    {decision.escalateToLegal && ', sent on to legal'}
                    {decision.comment && <p className="decision__comment">“{decision.comment}”</p>}
                  </li>
                ))}
              </ol>
            )}
          </section>

          {task.stage && ownPost && (
            <p className="composer__warning">You wrote this post: somebody else has to review it (segregation of duties).</p>
          )}
          {task.stage && claimedByOther && <p className="composer__warning">{task.assignee} has claimed this task; only they can decide it.</p>}
          {task.stage && !ownPost && (
            <DecisionForm
              taskId={task.id}
              stage={task.stage}
              legalRequired={post.legalRequired}
              disabled={claimedByOther}
              onDecided={(request) =>
                navigate('/inbox', {
                  state: { notice: `Recorded: ${DECISION_LABELS[request.decision].toLowerCase()} post ${post.id}${request.escalateToLegal ? ', sent on to legal' : ''}.` },
                })
              }
            />
          )}
          {!task.stage && <p>This is the author’s revision task; it completes when the author submits the post again.</p>}
        </div>
      </div>
    </section>
  );
}
