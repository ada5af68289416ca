import { Button } from '@/components/ui/button';
import type { ReviewerSuggestion } from '../lib/reviewer-suggestions';

type SuggestionsPanelProps = {
  suggestions: readonly ReviewerSuggestion[];
  disabled?: boolean;
  onAccept: (suggestion: ReviewerSuggestion) => void;
  onIgnore: (suggestion: ReviewerSuggestion) => void;
  onShow: (suggestion: ReviewerSuggestion) => void;
};

const STATE_LABELS: Record<ReviewerSuggestion['state'], string> = {
  open: '',
  accepted: 'Accepted: save to make it part of the post.',
  ignored: 'Ignored.',
  outdated: 'Outdated: the text there has changed since the reviewer suggested this; it can no longer be applied.',
};

/** What the panel says of a suggestion: an answer the server keeps is told apart from one not saved yet. */
function stateLabel(suggestion: ReviewerSuggestion): string {
  if (suggestion.state === 'accepted' && suggestion.recorded === 'ACCEPTED') {
    return 'Accepted: part of the saved text.';
  }
  if (suggestion.state === 'ignored' && suggestion.recorded !== 'IGNORED') {
    return 'Ignored (recording…).';
  }
  return STATE_LABELS[suggestion.state];
}

/**
 * The edits a reviewer suggested with their request for changes: accept each into the text, or ignore it. The
 * server keeps each answer (an ignore at once, an accept with the save of the text), so they survive a reload.
 */
export function SuggestionsPanel({ suggestions, disabled, onAccept, onIgnore, onShow }: SuggestionsPanelProps) {
  if (suggestions.length === 0) {
    return null;
  }
  const open = suggestions.filter((suggestion) => suggestion.state === 'open').length;
  return (
    <section className="suggested-edits" aria-labelledby="suggested-edits-title">
      <h2 id="suggested-edits-title">Suggested edits</h2>
      <p className="field__hint">
        {open === 0 ? 'No suggestion left to decide on.' : `${open} to accept or ignore. Accepting changes the text here; saving makes it a new revision.`}
      </p>
      <ol className="suggested-edits__list" aria-label="Suggested edits">
        {suggestions.map((suggestion, index) => {
          const words = suggestion.original || '(insert here)';
          return (
            <li key={suggestion.key} className={suggestion.state === 'outdated' ? 'suggested-edit--outdated' : undefined} aria-label={`Suggestion ${index + 1}`}>
              <span>
                {suggestion.reviewer} (revision {suggestion.revision}): {suggestion.original ? <del>{words}</del> : words} →{' '}
                <ins>{suggestion.replacement || '(delete)'}</ins>
              </span>
              {suggestion.note && <span className="field__hint"> — {suggestion.note}</span>}
              {suggestion.state !== 'open' && <p className="field__hint">{stateLabel(suggestion)}</p>}
              {suggestion.state === 'open' && (
                <div className="suggested-edits__actions">
                  <Button
                    className="button--small"
                    disabled={disabled}
                    onClick={() => onAccept(suggestion)}
                    aria-label={`Accept suggestion ${index + 1}: replace “${suggestion.original}” with “${suggestion.replacement}”`}
                  >
                    Accept
                  </Button>
                  <Button variant="secondary" className="button--small" disabled={disabled} onClick={() => onIgnore(suggestion)}>
                    Ignore
                  </Button>
                  <Button variant="secondary" className="button--small" onClick={() => onShow(suggestion)}>
                    Show in text
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
