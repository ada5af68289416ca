import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { spansConflict } from '@/lib/text-edits';
import type { Span } from '@/lib/text-spans';
import type { SuggestedEdit } from '@/types/post';

/** The server takes at most this many suggestions per decision. */
export const MAX_SUGGESTED_EDITS = 50;
const MAX_REPLACEMENT = 2000;

type SuggestedEditsEditorProps = {
  /** The text of the revision being decided: offsets count into it. */
  text: string;
  edits: readonly SuggestedEdit[];
  onChange: (edits: SuggestedEdit[]) => void;
  disabled?: boolean;
};

/**
 * With a request for changes: select words of the post, suggest what they should say instead, and keep a list
 * of such edits. The author can accept each one in the composer.
 */
export function SuggestedEditsEditor({ text, edits, onChange, disabled }: SuggestedEditsEditorProps) {
  const ids = { title: useId(), text: useId(), hint: useId() };
  const [selection, setSelection] = useState<Span>({ start: 0, end: 0 });
  const [draft, setDraft] = useState<Span>();
  const [replacement, setReplacement] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string>();

  function startEdit() {
    setProblem(undefined);
    if (edits.some((edit) => spansConflict(edit, selection))) {
      setProblem('That selection overlaps a suggestion you already made: remove that one first.');
      return;
    }
    if (edits.length >= MAX_SUGGESTED_EDITS) {
      setProblem(`At most ${MAX_SUGGESTED_EDITS} suggestions per decision.`);
      return;
    }
    setDraft(selection);
    setReplacement(text.slice(selection.start, selection.end));
    setNote('');
  }

  function addEdit() {
    if (!draft) {
      return;
    }
    const edit: SuggestedEdit = { start: draft.start, end: draft.end, replacement, ...(note.trim() ? { note: note.trim() } : {}) };
    onChange([...edits, edit].sort((a, b) => a.start - b.start || a.end - b.end));
    setDraft(undefined);
    setReplacement('');
    setNote('');
  }

  const selected = selection.end > selection.start;
  return (
    <section className="suggested-edits" aria-labelledby={ids.title}>
      <h3 id={ids.title}>Suggested edits (optional)</h3>
      <label htmlFor={ids.text}>Post text</label>
      <span id={ids.hint} className="field__hint">
        Select the words to change, then suggest what they should say. The author can accept each suggestion.
      </span>
      <textarea
        id={ids.text}
        className="suggested-edits__text"
        aria-describedby={ids.hint}
        readOnly
        rows={4}
        value={text}
        onSelect={(event) => {
          const target = event.currentTarget;
          setSelection({ start: target.selectionStart, end: target.selectionEnd });
        }}
      />
      {!draft && (
        <Button variant="secondary" className="button--small" disabled={disabled || !selected} onClick={startEdit}>
          {selected ? `Suggest an edit for “${text.slice(selection.start, selection.end)}”` : 'Suggest an edit'}
        </Button>
      )}
      {problem && <p className="field__error" role="alert">{problem}</p>}
      {draft && (
        <div className="suggested-edits__draft">
          <p>
            Replace “<mark>{text.slice(draft.start, draft.end)}</mark>” with:
          </p>
          <TextField
            label="Replacement"
            value={replacement}
            maxLength={MAX_REPLACEMENT}
            disabled={disabled}
            onChange={(event) => setReplacement(event.target.value)}
          />
          <TextField label="Note for the author (optional)" value={note} maxLength={500} disabled={disabled} onChange={(event) => setNote(event.target.value)} />
          <div className="suggested-edits__actions">
            <Button className="button--small" disabled={disabled} onClick={addEdit}>
              Add suggestion
            </Button>
            <Button variant="secondary" className="button--small" onClick={() => setDraft(undefined)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {edits.length > 0 && (
        <ol className="suggested-edits__list" aria-label="Suggestions to send">
          {edits.map((edit, index) => (
            <li key={`${edit.start}-${edit.end}`}>
              <del>{text.slice(edit.start, edit.end) || '(insert here)'}</del> → <ins>{edit.replacement || '(delete)'}</ins>
              {edit.note && <span className="field__hint"> — {edit.note}</span>}{' '}
              <Button
                variant="secondary"
                className="button--small"
                disabled={disabled}
                aria-label={`Remove suggestion ${index + 1}`}
                onClick={() => onChange(edits.filter((other) => other !== edit))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
