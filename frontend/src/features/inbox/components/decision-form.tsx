import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TextareaField } from '@/components/ui/textarea-field';
import type { Decision, ReviewStage, SuggestedEdit } from '@/types/post';
import { decideTask, type DecisionRequest } from '../api/decide-task';
import { SuggestedEditsEditor } from './suggested-edits-editor';

type DecisionFormProps = {
  taskId: string;
  stage: ReviewStage;
  /** Legal sign-off is already required (screening or an earlier decision said so). */
  legalRequired: boolean;
  /** The text of the revision being decided; a request for changes can suggest edits of it. */
  text?: string;
  disabled?: boolean;
  onDecided: (request: DecisionRequest) => void;
};

const CHOICES: ReadonlyArray<{ value: Decision; label: string; hint: string }> = [
  { value: 'APPROVE', label: 'Approve', hint: 'The post may go on as written.' },
  { value: 'REQUEST_CHANGES', label: 'Request changes', hint: 'Back to the author, with your comment and any edits you suggest.' },
  { value: 'REJECT', label: 'Reject', hint: 'The post ends here and is never published.' },
];

/** Approve, request changes or reject; the last two need a comment the author can act on. */
export function DecisionForm({ taskId, stage, legalRequired, text, disabled, onDecided }: DecisionFormProps) {
  const [decision, setDecision] = useState<Decision>();
  const [edits, setEdits] = useState<SuggestedEdit[]>([]);
  const [comment, setComment] = useState('');
  const [escalate, setEscalate] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const name = useId();
  const needsComment = decision === 'REJECT' || decision === 'REQUEST_CHANGES';
  const canEscalate = stage === 'COMPLIANCE' && decision === 'APPROVE' && !legalRequired;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!decision) {
      setError(new Error('Choose approve, request changes or reject.'));
      return;
    }
    if (needsComment && !comment.trim()) {
      setError(new Error('Say what the author has to change, or why the post is rejected.'));
      return;
    }
    const request: DecisionRequest = {
      decision,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
      ...(canEscalate && escalate ? { escalateToLegal: true } : {}),
      ...(decision === 'REQUEST_CHANGES' && edits.length > 0 ? { suggestedEdits: edits } : {}),
    };
    setBusy(true);
    setError(undefined);
    try {
      await decideTask(taskId, request);
      onDecided(request);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <form className="decision-form panel" onSubmit={handleSubmit} aria-labelledby={`${name}-title`} noValidate>
      <h2 id={`${name}-title`}>Your decision</h2>
      <fieldset disabled={disabled || busy}>
        <legend>Decision</legend>
        {CHOICES.map((choice) => (
          <div key={choice.value} className="radio">
            <input
              type="radio"
              id={`${name}-${choice.value}`}
              name={name}
              value={choice.value}
              checked={decision === choice.value}
              onChange={() => setDecision(choice.value)}
            />
            <label htmlFor={`${name}-${choice.value}`}>
              <strong>{choice.label}</strong> <span className="radio__hint">{choice.hint}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <TextareaField
        label={needsComment ? 'Comment (required)' : 'Comment (optional)'}
        hint={needsComment ? 'The author sees it and has to be able to act on it.' : undefined}
        value={comment}
        rows={3}
        required={needsComment}
        maxLength={4000}
        disabled={disabled || busy}
        onChange={(event) => setComment(event.target.value)}
      />
      {decision === 'REQUEST_CHANGES' && text !== undefined && (
        <SuggestedEditsEditor text={text} edits={edits} onChange={setEdits} disabled={disabled || busy} />
      )}
      {canEscalate && (
        <Checkbox
          label="Also needs legal sign-off"
          checked={escalate}
          disabled={disabled || busy}
          onChange={(event) => setEscalate(event.target.checked)}
        />
      )}
      {stage === 'COMPLIANCE' && decision === 'APPROVE' && legalRequired && (
        <p className="field__hint">Legal sign-off follows your approval: screening or an earlier decision asked for it.</p>
      )}
      {error !== undefined && <ErrorAlert error={error} />}
      <Button type="submit" disabled={disabled || busy}>
        {busy ? 'Recording…' : 'Record decision'}
      </Button>
    </form>
  );
}
