import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { getPost } from '@/api/posts/get-post';
import { listAccounts } from '@/api/accounts/list-accounts';
import { getPostHistory } from '@/api/posts/get-post-history';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { FindingList } from '@/components/ui/finding-list';
import { HighlightedText } from '@/components/ui/highlighted-text';
import { RouteBadge, StatusBadge } from '@/components/ui/status-badge';
import { Timeline } from '@/components/ui/timeline';
import { isAbort } from '@/lib/api-client';
import { downloadFile } from '@/lib/download';
import { sortFindings } from '@/lib/findings';
import { formatDateTime } from '@/lib/format';
import type { CurrentUser } from '@/types/current-user';
import { DECISION_LABELS } from '@/types/post';
import { KIND_LABELS, PLATFORM_NAMES } from '@/types/screening';
import type { Account } from '@/types/account';
import { getPostPublications } from '../api/get-post-publications';
import { historyAsCsv, recordAsJson, type PostRecord } from '../lib/export-record';
import { PublicationsArchive } from './publications-archive';
import { awaitsPublicationTime, PublicationTimeChoice } from './publication-time-choice';
import { TakedownForm } from './takedown-form';

type Loaded = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; record: PostRecord; accounts: Account[] };

/** Who may take a published post down (the server enforces it). */
const TAKEDOWN_GROUPS = ['compliance', 'admins'];

/** While a post is approved, publication is seconds away: the record refreshes itself until it is out. */
const REFRESH_MS = 3_000;

/** /posts/:postId: the post, its screening, decisions, publications and audit timeline, exportable. */
export function PostRecordPage({ user }: { user: CurrentUser }) {
  const { postId = '' } = useParams();
  const id = Number(postId);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    // The account names are a nicety: the record shows without them.
    const accounts = listAccounts(controller.signal).catch((error: unknown) => {
      if (isAbort(error)) {
        throw error;
      }
      return [] as Account[];
    });
    Promise.all([getPost(id, controller.signal), getPostHistory(id, controller.signal), getPostPublications(id, controller.signal), accounts]).then(
      ([post, history, publications, accountList]) => setLoaded({ status: 'ready', record: { post, history, publications }, accounts: accountList }),
      (error: unknown) => {
        if (!isAbort(error)) {
          setLoaded({ status: 'error', error });
        }
      },
    );
    return () => controller.abort();
  }, [id, reloads]);

  const awaitingChoice = loaded.status === 'ready' && awaitsPublicationTime(loaded.record.post, loaded.record.history, new Date());
  const status = loaded.status === 'ready' ? loaded.record.post.status : undefined;
  useEffect(() => {
    if (status !== 'APPROVED' || awaitingChoice) {
      return;
    }
    const timer = setTimeout(() => setReloads((count) => count + 1), REFRESH_MS);
    return () => clearTimeout(timer);
  }, [status, awaitingChoice, reloads]);

  if (loaded.status === 'loading') {
    return <p role="status" className="loading">Loading the post…</p>;
  }
  if (loaded.status === 'error') {
    return (
      <section aria-labelledby="record-title">
        <h1 id="record-title">Post {postId}</h1>
        <ErrorAlert error={loaded.error} />
      </section>
    );
  }

  const { post, history, publications } = loaded.record;
  const screening = post.screening;
  const screeningIsCurrent = !!screening && screening.revision === post.revision.number;
  const findings = screening ? sortFindings(screening.findings) : [];
  const canTakeDown =
    user.groups.some((group) => TAKEDOWN_GROUPS.includes(group)) && publications.some((publication) => publication.status === 'PUBLISHED');

  return (
    <section aria-labelledby="record-title" className="record">
      <div className="page-title">
        <h1 id="record-title">Post {post.id}</h1>
        <StatusBadge status={post.status} />
        <div className="record__exports">
          <Button
            variant="secondary"
            className="button--small"
            onClick={() => downloadFile(`post-${post.id}-record.json`, recordAsJson(loaded.record, new Date(), user.username), 'application/json')}
          >
            Export JSON
          </Button>
          <Button
            variant="secondary"
            className="button--small"
            onClick={() => downloadFile(`post-${post.id}-audit.csv`, historyAsCsv(history), 'text/csv;charset=utf-8')}
          >
            Export audit CSV
          </Button>
          <Button variant="secondary" className="button--small" onClick={() => setReloads((count) => count + 1)}>
            Refresh
          </Button>
        </div>
      </div>
      {post.status === 'APPROVED' && !awaitingChoice && <p role="status">Approved: publishing now. This page refreshes itself.</p>}
      {awaitingChoice && post.author !== user.username && (
        <p role="status">Approved after its scheduled time: waits for its author to publish it now or reschedule it.</p>
      )}
      {awaitingChoice && post.author === user.username && (
        <PublicationTimeChoice post={post} onChosen={() => setReloads((count) => count + 1)} />
      )}

      <div className="record__grid">
        <section aria-labelledby="record-post-title" className="panel">
          <h2 id="record-post-title">Current revision ({post.revision.number})</h2>
          <p className="record__text">
            <HighlightedText text={post.revision.text} findings={screeningIsCurrent ? findings : []} />
          </p>
          <dl className="facts">
            <dt>Author</dt>
            <dd>{post.author}</dd>
            <dt>Kind</dt>
            <dd>{KIND_LABELS[post.kind]}</dd>
            <dt>Platforms</dt>
            <dd>{post.platforms.map((platform) => PLATFORM_NAMES[platform]).join(', ')}</dd>
            <dt>Sponsored</dt>
            <dd>{post.sponsored ? 'Yes' : 'No'}</dd>
            <dt>Publish at</dt>
            <dd>{post.scheduledAt ? formatDateTime(post.scheduledAt) : 'As soon as approved'}</dd>
            <dt>Media</dt>
            <dd>{post.revision.mediaDescriptions.length > 0 ? post.revision.mediaDescriptions.join('; ') : 'None'}</dd>
            <dt>Consent references</dt>
            <dd>{post.revision.consentIds.length > 0 ? post.revision.consentIds.join(', ') : 'None'}</dd>
            <dt>Legal sign-off</dt>
            <dd>{post.legalRequired ? 'Required' : 'Not required'}</dd>
            <dt>Created</dt>
            <dd>{formatDateTime(post.createdAt)}</dd>
            <dt>Last change</dt>
            <dd>
              {formatDateTime(post.updatedAt)} (version {post.version})
            </dd>
          </dl>
          {post.author === user.username && (
            <p>
              <Link to={`/compose/${post.id}`}>Open in the composer</Link>
            </p>
          )}
        </section>

        <section aria-labelledby="record-screening-title" className="panel">
          <div className="findings-panel__head">
            <h2 id="record-screening-title">Screening</h2>
            {screening && <RouteBadge route={screening.route} />}
          </div>
          {!screening && <p>Not screened yet: screening runs when the post is submitted.</p>}
          {screening && (
            <>
              <p className="field__hint">
                Revision {screening.revision}, {formatDateTime(screening.screenedAt)}, with{' '}
                {screening.packs.map((pack) => `${pack.id} ${pack.version}`).join(', ')}
                {!screeningIsCurrent && ' (an earlier revision: the current one is screened when it is submitted)'}.
              </p>
              <FindingList findings={findings} text={screeningIsCurrent ? post.revision.text : ''} emptyMessage="No findings." />
            </>
          )}
        </section>
      </div>

      <section aria-labelledby="record-decisions-title" className="record__section">
        <h2 id="record-decisions-title">Decisions</h2>
        {post.decisions.length === 0 ? (
          <p>No review decision yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Stage</th>
                  <th scope="col">Decision</th>
                  <th scope="col">Reviewer</th>
                  <th scope="col">Revision</th>
                  <th scope="col">Comment</th>
                </tr>
              </thead>
              <tbody>
                {post.decisions.map((decision, index) => (
                  <tr key={index}>
                    <td>{formatDateTime(decision.decidedAt)}</td>
                    <td>{decision.stage === 'COMPLIANCE' ? 'Compliance' : 'Legal'}</td>
                    <td>
                      {DECISION_LABELS[decision.decision]}
                      {decision.escalateToLegal && ', sent to legal'}
                      {(decision.suggestedEdits?.length ?? 0) > 0 && `, ${decision.suggestedEdits?.length} suggested edit(s)`}
                    </td>
                    <td>{decision.reviewer}</td>
                    <td>
                      {decision.revision}
                      {!decision.current && ' (earlier: no longer counts)'}
                    </td>
                    <td>{decision.comment}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="record-publications-title" className="record__section">
        <h2 id="record-publications-title">Publications</h2>
        <PublicationsArchive publications={publications} accounts={loaded.accounts} />
        {canTakeDown && <TakedownForm postId={post.id} onDone={() => setReloads((count) => count + 1)} />}
      </section>

      <section aria-labelledby="record-audit-title" className="record__section">
        <h2 id="record-audit-title">Audit timeline</h2>
        <p className="field__hint">Append-only and hash-chained: each entry carries the hash of the one before.</p>
        <Timeline entries={history} label="Audit timeline" showHashes />
      </section>
    </section>
  );
}
