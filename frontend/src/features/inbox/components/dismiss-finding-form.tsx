import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TextareaField } from '@/components/ui/textarea-field';
import type { Finding } from '@/types/screening';
import { dismissFinding, type Dismissal } from '../api/dismiss-finding';

type Props = { postId: number; finding: Finding; onDismissed: (dismissal: Dismissal) => void };

/** "Not a finding": a reviewer dismisses a false positive, and must say why (the rules team reads the reasons). */
export function DismissFindingForm({ postId, finding, onDismissed }: Props) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);

  if (!open) {
    return (
      <Button variant="secondary" className="button--small" onClick={() => setOpen(true)} aria-label={`Dismiss ${finding.ruleId} as a false positive`}>
        Dismiss as false positive
      </Button>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onDismissed(await dismissFinding(postId, { ruleId: finding.ruleId, start: finding.start, end: finding.end, reason: reason.trim() }));
    } catch (failure) {
      setError(failure);
    }
    setBusy(false);
  }

  return (
    <form className="dismiss-form" onSubmit={(event) => void submit(event)} aria-label={`Dismiss ${finding.ruleId}`}>
      <TextareaField
        label="Why is this not a finding?"
        hint="Required. The rules team reads every reason."
        value={reason}
        rows={2}
        maxLength={2000}
        aria-invalid={missing || undefined}
        onChange={(event) => {
          setReason(event.target.value);
          setMissing(false);
        }}
      />
      {missing && (
        <p className="field__error" role="alert">
          Give a reason to dismiss the finding.
        </p>
      )}
      {error !== undefined && <ErrorAlert error={error} />}
      <div className="dismiss-form__actions">
        <Button type="submit" className="button--small" disabled={busy}>
          Dismiss finding
        </Button>
        <Button variant="secondary" className="button--small" onClick={() => setOpen(false)} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
