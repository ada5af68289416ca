import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TextField } from '@/components/ui/text-field';
import { formatDateTime, fromLocalInputValue } from '@/lib/format';
import type { HistoryEntry, Post } from '@/types/post';
import { choosePublicationTime, type PublicationTimeChoice as Choice } from '../api/choose-publication-time';

/**
 * Whether the post was approved after its scheduled time and waits for its author to publish it now or reschedule
 * it: approved (not scheduled), its time passed, and no choice recorded since the approval (docs/workflow.md).
 */
export function awaitsPublicationTime(post: Post, history: readonly HistoryEntry[], now: Date): boolean {
  if (post.status !== 'APPROVED' || !post.scheduledAt || new Date(post.scheduledAt).getTime() > now.getTime()) {
    return false;
  }
  const lastApproval = history.reduce((latest, entry) => (entry.type === 'APPROVED' ? entry.sequence : latest), -1);
  return !history.some((entry) => entry.type === 'RESCHEDULED' && entry.sequence > lastApproval);
}

/** The author's choice for a post approved late: publish now, or at a new time. */
export function PublicationTimeChoice({ post, onChosen }: { post: Post; onChosen: (post: Post) => void }) {
  const [when, setWhen] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState('');

  async function choose(choice: Choice) {
    setBusy(true);
    setError(null);
    try {
      onChosen(await choosePublicationTime(post.id, choice));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  function reschedule() {
    const scheduledAt = fromLocalInputValue(when);
    if (!scheduledAt) {
      setInvalid('Choose the new date and time.');
      return;
    }
    setInvalid('');
    void choose({ scheduledAt });
  }

  return (
    <section aria-labelledby="publication-time-title" className="panel">
      <h2 id="publication-time-title">Approved after its scheduled time</h2>
      <p>
        This post was to go out at {formatDateTime(post.scheduledAt)}, but it was approved later. It does not go out
        late on its own: publish it now, or choose a new time.
      </p>
      <div className="composer__actions">
        <Button onClick={() => void choose({ publishNow: true })} disabled={busy}>
          Publish now
        </Button>
      </div>
      <TextField label="New publication time" type="datetime-local" value={when} onChange={(event) => setWhen(event.target.value)} />
      {invalid && <p role="alert">{invalid}</p>}
      <div className="composer__actions">
        <Button variant="secondary" onClick={reschedule} disabled={busy}>
          Reschedule
        </Button>
      </div>
      {error !== null && <ErrorAlert error={error} />}
    </section>
  );
}
