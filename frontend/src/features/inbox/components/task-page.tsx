import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { getConsent } from '@/api/consents/get-consent';
import { getPost } from '@/api/posts/get-post';
import { listRevisions, type RevisionEntry } from '@/api/posts/list-revisions';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { FindingList } from '@/components/ui/finding-list';
import { PlatformPreview } from '@/components/ui/platform-preview';
import { RouteBadge, StatusBadge } from '@/components/ui/status-badge';
import { isAbort } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { sortFindings } from '@/lib/findings';
import { formatDateTime } from '@/lib/format';
import type { Consent } from '@/types/consent';
import type { CurrentUser } from '@/types/current-user';
import { DECISION_LABELS, type Post } from '@/types/post';
import { KIND_LABELS, PLATFORM_NAMES, type Finding } from '@/types/screening';
import type { Task } from '@/types/task';
import { claimTask } from '../api/claim-task';
import type { Dismissal } from '../api/dismiss-finding';
import { getTask } from '../api/get-task';
import { listDismissals } from '../api/list-dismissals';
import { unclaimTask } from '../api/unclaim-task';
import { DecisionForm } from './decision-form';
import { DismissFindingForm } from './dismiss-finding-form';
import { RevisionDiff } from './revision-diff';
import { SlaBadge } from './sla-badge';
import { useNow } from '@/lib/use-now';

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'gone' }
  | { status: 'ready'; task: Task; post: Post; revisions: RevisionEntry[]; consents: ConsentLookup[]; dismissals: Dismissal[] };

/** A consent the post references: the record, or why it could not be read. */
type ConsentLookup = { id: string; consent?: Consent; error?: unknown };

const STAGE_TITLES: Record<string, string> = {
  COMPLIANCE: 'Compliance review',
  LEGAL: 'Legal sign-off',
  CRISIS: 'Crisis approval',
  RETROSPECTIVE: 'Retrospective review',
};

const STAGE_NAMES: Record<string, string> = { COMPLIANCE: 'Compliance', LEGAL: 'Legal', CRISIS: 'Crisis', RETROSPECTIVE: 'Retrospective' };

/** Roles that may dismiss a finding (the server decides; this only hides the button from others). */
const DISMISSING_GROUPS = ['compliance', 'legal', 'admins'];

const findingKey = (finding: Pick<Finding, 'ruleId' | 'start' | 'end'>) => `${finding.ruleId}@${finding.start}-${finding.end}`;

/** One task: the post as it will appear with its findings, earlier decisions, and the decision to make. */
export function TaskPage({ user }: { user: CurrentUser }) {
  const { taskId = '' } = useParams();
  const navigate = useNavigate();
  const now = useNow();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const [claimError, setClaimError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [dismissed, setDismissed] = useState<Map<string, Dismissal>>(new Map());

  const mayList = user.groups.some((group) => DISMISSING_GROUPS.includes(group));

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    getTask(taskId, signal)
      .then(async (task) => {
        const [post, revisions, dismissals] = await Promise.all([
          getPost(task.postId, signal),
          listRevisions(task.postId, signal),
          mayList ? listDismissals(task.postId, signal) : Promise.resolve([]),
        ]);
        const consents = await Promise.all(
          post.revision.consentIds.map((id) =>
            getConsent(id, signal).then(
              (consent): ConsentLookup => ({ id, consent }),
              (error: unknown): ConsentLookup => {
                if (isAbort(error)) throw error;
                return { id, error };
              },
            ),
          ),
        );
        setLoaded({ status: 'ready', task, post, revisions, consents, dismissals });
      })
      .catch((error: unknown) => {
        if (isAbort(error)) {
          return;
        }
        // 404: not open (or not offered to us); 409: decided meanwhile. Either way there is nothing to work on.
        if (error instanceof ApiError && (error.status === 404 || error.status === 409 || error.status === 403)) {
          setLoaded({ status: 'gone' });
        } else {
          setLoaded({ status: 'error', error });
        }
      });
    return () => controller.abort();
  }, [taskId, reloads, mayList]);

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

  const { task, post, revisions, consents } = loaded;
  // Dismissals bind to the screened revision: those of an earlier revision no longer apply.
  const earlier = new Map(
    loaded.dismissals.filter((dismissal) => dismissal.revision === post.screening?.revision).map((dismissal) => [findingKey(dismissal), dismissal]),
  );
  const mayDismiss = mayList && !!task.stage;
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
        <SlaBadge due={task.due} now={now} escalated={task.escalated} />
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
          <section aria-labelledby="task-diff-title">
            <h2 id="task-diff-title" className="task-page__subtitle">
              Changes since the previous revision
            </h2>
            <RevisionDiff revisions={revisions} />
          </section>
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

            <dt>Legal sign-off</dt>
            <dd>{post.legalRequired ? 'Required' : 'Not required so far'}</dd>
          </dl>
          <section aria-labelledby="task-consents-title">
            <h2 id="task-consents-title" className="task-page__subtitle">
              Consent records used
            </h2>
            {consents.length === 0 ? (
              <p>The post references no consent record.</p>
            ) : (
              <ul className="consent-list">
                {consents.map(({ id, consent, error }) => (
                  <li key={id} className="consent-list__item">
                    {consent ? (
                      <>
                        <strong>{consent.label}</strong>{' '}
                        <span className={`consent-status consent-status--${consent.status.toLowerCase()}`}>{consent.status.toLowerCase()}</span>
                        <br />
                        Covers {consent.uses.map((use) => use.toLowerCase()).join(', ')} on {consent.channels.map((channel) => PLATFORM_NAMES[channel]).join(', ')}
                        {consent.expiresAt ? `, until ${formatDateTime(consent.expiresAt)}` : ', no expiry'}
                        {consent.patientRef && <>; patient {consent.patientRef}</>}
                        {consent.documentRef && <>; form {consent.documentRef}</>}.
                        {consent.revokedAt && <> Revoked {formatDateTime(consent.revokedAt)}{consent.revocationReason ? `: ${consent.revocationReason}` : ''}.</>}
                      </>
                    ) : (
                      <>
                        Consent {id}: <ErrorAlert error={error} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <Link to="/consents">Open the consent registry</Link>
          </section>
        </div>

        <div className="task-page__side">
          <section aria-labelledby="task-findings-title" className="panel">
            <div className="findings-panel__head">
              <h2 id="task-findings-title">Findings</h2>
              {screening && <RouteBadge route={screening.route} />}
            </div>
            {screening ? (
              <FindingList
                findings={findings}
                text={text}
                emptyMessage="Screening found nothing. Read the post all the same."
                actions={(finding) => {
                  const dismissal = dismissed.get(findingKey(finding)) ?? earlier.get(findingKey(finding));
                  if (dismissal) {
                    return (
                      <p className="finding__dismissed" role="status">
                        Dismissed as a false positive by {dismissal.dismissedBy}: “{dismissal.reason}”
                      </p>
                    );
                  }
                  return mayDismiss ? (
                    <DismissFindingForm
                      postId={post.id}
                      finding={finding}
                      onDismissed={(next) => setDismissed((before) => new Map(before).set(findingKey(finding), next))}
                    />
                  ) : null;
                }}
              />
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
                      {STAGE_NAMES[decision.stage] ?? decision.stage}: {DECISION_LABELS[decision.decision]}
                    </strong>{' '}
                    by {decision.reviewer}, {formatDateTime(decision.decidedAt)}, revision {decision.revision}
                    {!decision.current && ' (an earlier revision: no longer counts)'}
                    {decision.escalateToLegal && ', sent on to legal'}
                    {decision.suggestedEdits && decision.suggestedEdits.length > 0 && `, ${decision.suggestedEdits.length} suggested edit(s)`}
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
              text={post.revision.text}
              disabled={claimedByOther}
              onDecided={(request) =>
                navigate('/inbox', {
                  state: { notice: `Recorded: ${DECISION_LABELS[request.decision].toLowerCase()} post ${post.id}${request.escalateToLegal ? ', sent on to legal' : ''}${request.suggestedEdits ? ` with ${request.suggestedEdits.length} suggested edit(s)` : ''}.` },
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
