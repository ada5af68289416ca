import { remapSpans } from '@/lib/text-edits';
import type { Post, SuggestedEdit, SuggestedEditResponse } from '@/types/post';

/**
 * A reviewer's suggested edit as the composer follows it while the author types: its span moves with edits
 * elsewhere, and it becomes outdated as soon as the author changes the words it replaces.
 */
export type ReviewerSuggestion = SuggestedEdit & {
  key: string;
  reviewer: string;
  revision: number;
  /** The words the reviewer saw at the span; empty for an insertion. */
  original: string;
  state: 'open' | 'accepted' | 'ignored' | 'outdated';
  /** Where the server keeps the author's answer: the decision's id and the edit's place in it. */
  decisionId?: number;
  index: number;
  /** The answer the server has (accepted edits are recorded once the text with them is saved). */
  recorded: SuggestedEditResponse | null;
};

/**
 * The edits of the latest request for changes that has any. An edit the author already answered shows that answer,
 * on whatever revision; the others can be applied only when that decision was made on the current revision (the
 * offsets count into its text), otherwise they are shown as outdated.
 */
export function suggestionsOf(post: Post): ReviewerSuggestion[] {
  const decision = [...post.decisions]
    .reverse()
    .find((d) => d.decision === 'REQUEST_CHANGES' && (d.suggestedEdits?.length ?? 0) > 0);
  if (!decision) {
    return [];
  }
  const text = post.revision.text;
  return (decision.suggestedEdits ?? []).map((edit, index) => {
    const applicable = decision.current && edit.end <= text.length;
    const recorded = edit.response ?? null;
    return {
      ...edit,
      key: `${decision.decidedAt}-${index}`,
      reviewer: decision.reviewer,
      revision: decision.revision,
      original: applicable ? text.slice(edit.start, edit.end) : '',
      state: recorded === 'ACCEPTED' ? 'accepted' : recorded === 'IGNORED' ? 'ignored' : applicable ? 'open' : 'outdated',
      decisionId: decision.id,
      index,
      recorded,
    };
  });
}

/** Follows the open suggestions from `from` to `to` (one edit of the author's); those the change touched are outdated. */
export function followEdit(from: string, to: string, suggestions: readonly ReviewerSuggestion[]): ReviewerSuggestion[] {
  if (from === to) {
    return [...suggestions];
  }
  return suggestions.map((suggestion) => {
    if (suggestion.state !== 'open') {
      return suggestion;
    }
    const [moved] = remapSpans(from, to, [suggestion]);
    if (!moved || to.slice(moved.start, moved.end) !== suggestion.original) {
      return { ...suggestion, state: 'outdated' };
    }
    return moved;
  });
}
