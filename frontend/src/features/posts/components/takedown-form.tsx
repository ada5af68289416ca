import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TextareaField } from '@/components/ui/textarea-field';
import type { Publication } from '@/types/post';
import { takeDownPost } from '../api/take-down-post';

/** Compliance and admins take a published post down everywhere, after confirming, with a reason. */
export function TakedownForm({ postId, onDone }: { postId: number; onDone: (publications: Publication[]) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Take down
      </Button>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const publications = await takeDownPost(postId, reason.trim());
      setConfirming(false);
      onDone(publications);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Take down" className="panel">
      <p>
        This deletes the post on every platform it went out on. It cannot be undone. If a platform refuses, what was
        deleted stays deleted; take down again to finish the rest.
      </p>
      <TextareaField label="Reason for the take-down" value={reason} onChange={(event) => setReason(event.target.value)} maxLength={2000} />
      {error !== null && <ErrorAlert error={error} />}
      <div className="composer__actions">
        <Button type="submit" disabled={busy}>
          {busy ? 'Taking down…' : 'Confirm take-down'}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
