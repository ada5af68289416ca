import { Link } from 'react-router-dom';
import { RouteBadge, StatusBadge } from '@/components/ui/status-badge';
import { formatDateTime } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import type { HistoryEntry, Post } from '@/types/post';
import { PLATFORM_NAMES } from '@/types/screening';
import { formatElapsed } from '../lib/fill-text';

/** A crisis update with its audit history (for the submission and publication times). */
export type TrackedUpdate = { post: Post; history: HistoryEntry[] };

const at = (history: HistoryEntry[], type: string) => [...history].reverse().find((entry) => entry.type === type)?.at;

type Step = { label: string; done: boolean; detail?: string };

function stepsOf({ post, history }: TrackedUpdate): Step[] {
  const submitted = at(history, 'SUBMITTED');
  const screening = post.screening && post.screening.revision === post.revision.number ? post.screening : null;
  const approval = post.decisions.find((decision) => decision.stage === 'CRISIS' && decision.current);
  const published = at(history, 'PUBLISHED');
  return [
    { label: 'Submitted', done: !!submitted, detail: submitted && formatDateTime(submitted) },
    {
      label: 'Screened',
      done: !!screening,
      detail: screening ? (screening.fastTrackEligible ? 'eligible for the fast track' : 'not eligible: goes through the normal review') : undefined,
    },
    {
      label: 'Approved',
      done: !!approval && approval.decision === 'APPROVE',
      detail: approval ? `${approval.decision === 'APPROVE' ? 'approved' : approval.decision.toLowerCase().replace('_', ' ')} by ${approval.reviewer}` : undefined,
    },
    { label: 'Published', done: post.status === 'PUBLISHED', detail: published && formatDateTime(published) },
  ];
}

/** The crisis updates on their way out: the steps done so far and a live clock from submission to publication. */
export function UpdateTracker({ updates }: { updates: TrackedUpdate[] }) {
  const now = useNow(1000);
  return (
    <section aria-labelledby="tracker-title" className="panel update-tracker">
      <h2 id="tracker-title">Crisis updates</h2>
      {updates.length === 0 ? (
        <p>No crisis update yet.</p>
      ) : (
        <ol className="tracked-updates">
          {updates.map((update) => {
            const { post, history } = update;
            const submitted = at(history, 'SUBMITTED');
            const published = post.status === 'PUBLISHED' ? at(history, 'PUBLISHED') : undefined;
            const elapsed = submitted ? (published ? new Date(published) : now).getTime() - new Date(submitted).getTime() : undefined;
            const screening = post.screening;
            return (
              <li key={post.id} className="tracked-update" aria-label={`Crisis update ${post.id}`} data-post-id={post.id}>
                <div className="tracked-update__head">
                  <Link to={`/posts/${post.id}`}>Update {post.id}</Link>
                  <StatusBadge status={post.status} />
                  {screening && <RouteBadge route={screening.route} />}
                  {elapsed !== undefined && (
                    <span className="tracked-update__timer">
                      {published ? 'Published after ' : 'Running for '}
                      <span role="timer" aria-label={published ? 'Time to publication' : 'Time since submission'}>
                        {formatElapsed(elapsed)}
                      </span>
                    </span>
                  )}
                </div>
                <p className="tracked-update__text">{post.revision.text}</p>
                <p className="field__hint">{post.platforms.map((platform) => PLATFORM_NAMES[platform]).join(' · ')}</p>
                <ol className="steps" aria-label={`Progress of update ${post.id}`}>
                  {stepsOf(update).map((step) => (
                    <li key={step.label} className={step.done ? 'step step--done' : 'step'}>
                      <span aria-hidden="true">{step.done ? '✓' : '○'}</span> {step.label}
                      <span className="visually-hidden">{step.done ? ' (done)' : ' (waiting)'}</span>
                      {step.detail && <span className="step__detail">: {step.detail}</span>}
                    </li>
                  ))}
                </ol>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
