import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PlatformPreview } from '@/components/ui/platform-preview';
import { SelectField } from '@/components/ui/select-field';
import { StatusBadge } from '@/components/ui/status-badge';
import { TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/api-error';
import { fromLocalInputValue, toLocalInputValue } from '@/lib/format';
import { useLeaveGuard } from '@/lib/use-leave-guard';
import { platformProblems } from '@/lib/platform-rules';
import { remapSpans, replaceExactly, replaceSpan } from '@/lib/text-edits';
import type { CurrentUser } from '@/types/current-user';
import { DECISION_LABELS, EDITABLE_STATUSES, FINAL_STATUSES, type Post } from '@/types/post';
import { KIND_LABELS, PLATFORM_NAMES, PLATFORMS, type Platform, type PostKind } from '@/types/screening';
import { answerSuggestedEdit } from '../api/answer-suggested-edit';
import { createPost } from '../api/create-post';
import { submitPost } from '@/api/posts/submit-post';
import { updatePost } from '../api/update-post';
import { withdrawPost } from '../api/withdraw-post';
import { useAccounts } from '../hooks/use-accounts';
import { useLiveScreening } from '../hooks/use-live-screening';
import type { PlatformFinding } from '../lib/merge-screenings';
import { followEdit, suggestionsOf, type ReviewerSuggestion } from '../lib/reviewer-suggestions';
import type { PostDraft, ScreeningInput } from '../types';
import { AccountPicker } from './account-picker';
import { FindingEditor } from './finding-editor';
import { FindingsPanel } from './findings-panel';
import { SuggestionsPanel } from './suggestions-panel';

type ComposerFormProps = {
  user: CurrentUser;
  post?: Post;
  /**
   * Called with the post as the server returned it after a save, submit, withdrawal or a recorded answer to a
   * suggested edit. When it is a new post, the page may navigate to its address at once: the leave guard lets that
   * one navigation through.
   */
  onSaved: (post: Post) => void;
  /** Throw away local changes and load the post as it is on the server now. */
  onReload?: () => void;
};

export const MAX_TEXT_LENGTH = 20_000;

/** The post as the form holds it; platforms in the form's order and instants in one format, so "unchanged" compares equal. */
function draftOf(post?: Post): PostDraft {
  return {
    text: post?.revision.text ?? '',
    platforms: post ? PLATFORMS.filter((platform) => post.platforms.includes(platform)) : ['FACEBOOK'],
    kind: post?.kind ?? 'POST',
    sponsored: post?.sponsored ?? false,
    scheduledAt: post?.scheduledAt ? new Date(post.scheduledAt).toISOString() : null,
    consentIds: post?.revision.consentIds ?? [],
    mediaDescriptions: post?.revision.mediaDescriptions ?? [],
    accountIds: [...(post?.accountIds ?? [])].sort((a, b) => a - b),
  };
}

function parseList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

const SUBMITTABLE = ['DRAFT', 'CHANGES_REQUESTED'];

/** What reviewers asked for: the author needs it next to the text they are changing. */
function ReviewerFeedback({ post }: { post: Post }) {
  const feedback = post.decisions.filter((decision) => decision.decision !== 'APPROVE' || decision.comment);
  if (feedback.length === 0) {
    return null;
  }
  return (
    <section className="reviewer-feedback" aria-labelledby="reviewer-feedback-title">
      <h2 id="reviewer-feedback-title">Reviewer feedback</h2>
      <ul>
        {feedback.map((decision, index) => (
          <li key={index}>
            <strong>
              {decision.stage === 'COMPLIANCE' ? 'Compliance' : 'Legal'}, {DECISION_LABELS[decision.decision].toLowerCase()}
            </strong>{' '}
            by {decision.reviewer} on revision {decision.revision}
            {decision.comment && <>: “{decision.comment}”</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
const REVIEW_UNDER_WAY = ['IN_REVIEW', 'APPROVED', 'SCHEDULED'];

/** The author's workspace for one post: write, see findings live, fix them, save, submit, withdraw. */
export function ComposerForm({ user, post, onSaved, onReload }: ComposerFormProps) {
  const ids = { text: useId(), platforms: useId(), media: useId() };
  const [draft, setDraft] = useState<PostDraft>(() => draftOf(post));
  const [consentInput, setConsentInput] = useState(() => draftOf(post).consentIds.join(', '));
  const [saved, setSaved] = useState<string>(() => JSON.stringify(draftOf(post)));
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [activeIndex, setActiveIndex] = useState<number>();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const accounts = useAccounts();
  // The reviewer's suggested edits, followed onto the text as the author changes it (each change moves or outdates them).
  const [tracked, setTracked] = useState(() => ({ text: draft.text, suggestions: post ? suggestionsOf(post) : [] }));
  const suggestions =
    tracked.text === draft.text ? tracked.suggestions : followEdit(tracked.text, draft.text, tracked.suggestions);
  if (tracked.text !== draft.text) {
    setTracked({ text: draft.text, suggestions });
  }
  // Recording an answer moves the post's version on; the next save must be made on that version.
  const [answeredVersion, setAnsweredVersion] = useState(-1);

  const current: PostDraft = { ...draft, consentIds: parseList(consentInput) };
  const dirty = JSON.stringify(current) !== saved;
  // Unsaved text must not vanish with a click elsewhere, a reload or a closed tab.
  const allowLeave = useLeaveGuard(dirty);
  const status = post?.status;
  const editable = !status || EDITABLE_STATUSES.includes(status);

  const screeningInput = useMemo<ScreeningInput>(
    () => ({
      text: draft.text,
      platforms: draft.platforms,
      kind: draft.kind,
      sponsored: draft.sponsored,
      consentOnFile: parseList(consentInput).length > 0,
      mediaDescriptions: draft.mediaDescriptions,
    }),
    [draft, consentInput],
  );
  const { state, pending, latest } = useLiveScreening(screeningInput);
  // The last screening's findings, moved onto the text as it is now (edits since then shift or drop them).
  const findings: PlatformFinding[] = useMemo(
    () => (latest ? remapSpans(latest.text, draft.text, latest.result.findings) : []),
    [latest, draft.text],
  );

  const problems = draft.platforms.flatMap((platform) =>
    platformProblems(platform, draft.text, draft.mediaDescriptions.filter((d) => d.trim()).length),
  );
  const blockers = [
    draft.text.trim() === '' ? 'Write the post first.' : null,
    draft.platforms.length === 0 ? 'Choose at least one platform.' : null,
    ...problems.map((problem) => `${PLATFORM_NAMES[problem.platform]}: ${problem.message}`),
  ].filter((reason): reason is string => reason !== null);

  function update(change: Partial<PostDraft>) {
    setNotice(undefined);
    setDraft((before) => ({ ...before, ...change }));
  }

  function togglePlatform(platform: Platform, on: boolean) {
    // An account stays chosen only while its platform is (else the server refuses: account-platform-mismatch).
    const platformOf = (id: number) => (accounts.status === 'ready' ? accounts.accounts.find((account) => account.id === id)?.platform : undefined);
    update({
      platforms: on
        ? PLATFORMS.filter((p) => p === platform || draft.platforms.includes(p))
        : draft.platforms.filter((p) => p !== platform),
      accountIds: on ? draft.accountIds : draft.accountIds.filter((id) => platformOf(id) !== platform),
    });
  }

  function select(start: number, end: number) {
    const textarea = textareaRef.current;
    if (textarea) {
      textarea.focus();
      textarea.setSelectionRange(start, end);
    }
  }

  function applySuggestion(finding: PlatformFinding) {
    if (!finding.suggestion) {
      return;
    }
    const edit = replaceSpan(draft.text, finding, finding.suggestion);
    update({ text: edit.text });
    setActiveIndex(undefined);
    setNotice(`Applied: “${finding.suggestion}”. Screening again…`);
    // After React has put the new text in the textarea, select the replacement so the author sees it.
    requestAnimationFrame(() => select(edit.selection.start, edit.selection.end));
  }

  function acceptSuggestion(suggestion: ReviewerSuggestion) {
    if (draft.text.slice(suggestion.start, suggestion.end) !== suggestion.original) {
      return;
    }
    const edit = replaceExactly(draft.text, suggestion, suggestion.replacement);
    const others = suggestions.map((s) => (s.key === suggestion.key ? { ...s, state: 'accepted' as const } : s));
    setTracked({ text: edit.text, suggestions: followEdit(draft.text, edit.text, others) });
    update({ text: edit.text });
    setNotice(`Accepted ${suggestion.reviewer}’s suggestion. Save to make it a new revision.`);
    requestAnimationFrame(() => select(edit.selection.start, edit.selection.end));
  }

  function setSuggestion(key: string, change: Partial<ReviewerSuggestion>) {
    setTracked((before) => ({ ...before, suggestions: before.suggestions.map((s) => (s.key === key ? { ...s, ...change } : s)) }));
  }

  /** Keeps the author's answer on the server; returns the post as it is afterwards. */
  async function recordAnswer(postId: number, suggestion: ReviewerSuggestion, response: 'ACCEPTED' | 'IGNORED'): Promise<Post> {
    const result = await answerSuggestedEdit(postId, suggestion.decisionId!, suggestion.index, response);
    setAnsweredVersion(result.version);
    setSuggestion(suggestion.key, { recorded: response });
    return result;
  }

  async function ignoreSuggestion(suggestion: ReviewerSuggestion) {
    setTracked({
      text: draft.text,
      suggestions: suggestions.map((s) => (s.key === suggestion.key ? { ...s, state: 'ignored' as const } : s)),
    });
    if (!post || suggestion.decisionId === undefined) {
      return;
    }
    // No text changes with an ignore, so it is recorded at once (an accept is recorded with the save of its text).
    setError(undefined);
    try {
      onSaved(await recordAnswer(post.id, suggestion, 'IGNORED'));
    } catch (failure) {
      setSuggestion(suggestion.key, { state: 'open' });
      setError(failure);
    }
  }

  /** After a save: records the accepted suggestions the saved text now carries. A failure leaves the save done. */
  async function recordAccepted(result: Post): Promise<Post> {
    let latest = result;
    for (const suggestion of suggestions) {
      if (suggestion.state === 'accepted' && suggestion.recorded !== 'ACCEPTED' && suggestion.decisionId !== undefined) {
        try {
          latest = await recordAnswer(result.id, suggestion, 'ACCEPTED');
        } catch (failure) {
          setError(failure);
        }
      }
    }
    return latest;
  }

  // The post and callback of the latest render: an action that created the post has moved the page to it meanwhile.
  const rendered = useRef({ post, onSaved });
  rendered.current = { post, onSaved };

  /** A save's result becomes the page's post; a new post's first save moves the page to its address. */
  function adopt(result: Post) {
    setSaved(JSON.stringify(draftOf(result)));
    if (result.id !== rendered.current.post?.id) {
      // the first save: the page moves to the new post's address before this render knows it is saved
      allowLeave();
    }
    rendered.current.onSaved(result);
    rendered.current = { ...rendered.current, post: result };
  }

  async function run(label: string, action: () => Promise<Post>, success: (post: Post) => string) {
    setBusy(label);
    setError(undefined);
    setNotice(undefined);
    try {
      const result = await action();
      adopt(result);
      setNotice(success(result));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(undefined);
    }
  }

  async function save(): Promise<Post> {
    if (!post) {
      return createPost(current);
    }
    const version = Math.max(post.version, answeredVersion);
    return recordAccepted(dirty ? await updatePost(post.id, version, current) : post);
  }

  function handleSave(event?: FormEvent) {
    event?.preventDefault();
    void run('save', save, (result) =>
      REVIEW_UNDER_WAY.includes(post?.status ?? '')
        ? `Saved as revision ${result.revision.number}. Earlier approvals no longer count: the post is screened and reviewed again.`
        : `Draft saved (revision ${result.revision.number}).`,
    );
  }

  function handleSubmit() {
    void run(
      'submit',
      async () => {
        const draftPost = await save();
        if (!post) {
          // a new post exists from here on, even if submitting it fails: a second try must not create it again
          adopt(draftPost);
        }
        return submitPost(draftPost.id);
      },
      (result) =>
        result.status === 'CHANGES_REQUESTED'
          ? 'Screening blocked this revision: fix the blocker findings and submit again.'
          : `Submitted. Screening routed it to ${result.screening?.route === 'NEEDS_LEGAL' ? 'compliance, then legal' : 'compliance review'}.`,
    );
  }

  function handleWithdraw() {
    if (post && window.confirm('Withdraw this post? Its review ends and it will not be published.')) {
      void run('withdraw', () => withdrawPost(post.id), () => 'Withdrawn. The post will not be published.');
    }
  }

  const stale = error instanceof ApiError && error.status === 409;
  const canSubmit = !status || SUBMITTABLE.includes(status);
  const route = latest?.result.route;

  return (
    <form className="composer" onSubmit={handleSave} aria-labelledby="composer-title">
      <div className="composer__title">
        <h1 id="composer-title">{post ? `Post ${post.id}` : 'New post'}</h1>
        {status && <StatusBadge status={status} />}
        {post && (
          <span className="composer__meta">
            revision {post.revision.number} · <Link to={`/posts/${post.id}`}>record and timeline</Link>
          </span>
        )}
      </div>
      {status && REVIEW_UNDER_WAY.includes(status) && (
        <p className="composer__warning">
          This post is {status === 'IN_REVIEW' ? 'in review' : 'approved'}. Saving a change makes a new revision:
          earlier approvals stop counting and it is screened and reviewed again.
        </p>
      )}
      {!editable && <p className="composer__warning">This post is {status?.toLowerCase()} and can no longer be changed.</p>}
      {post && <ReviewerFeedback post={post} />}
      {editable && (
        <SuggestionsPanel
          suggestions={suggestions}
          disabled={!!busy}
          onAccept={acceptSuggestion}
          onIgnore={(suggestion) => void ignoreSuggestion(suggestion)}
          onShow={(suggestion) => select(suggestion.start, suggestion.end)}
        />
      )}

      <div className="composer__grid">
        <div className="composer__main">
          <fieldset className="composer__platforms" disabled={!editable}>
            <legend>Platforms</legend>
            {PLATFORMS.map((platform) => (
              <Checkbox
                key={platform}
                label={PLATFORM_NAMES[platform]}
                checked={draft.platforms.includes(platform)}
                onChange={(event) => togglePlatform(platform, event.target.checked)}
              />
            ))}
          </fieldset>
          <AccountPicker
            accounts={accounts}
            platforms={draft.platforms}
            selected={draft.accountIds}
            disabled={!editable}
            onChange={(accountIds) => update({ accountIds })}
          />

          <div className="field">
            <label htmlFor={ids.text}>Post text</label>
            <FindingEditor
              id={ids.text}
              value={draft.text}
              onChange={(text) => update({ text })}
              findings={findings}
              activeIndex={activeIndex}
              textareaRef={textareaRef}
              describedBy="screening-summary"
              maxLength={MAX_TEXT_LENGTH}
            />
          </div>

          <div className="composer__options">
            <SelectField
              label="Kind"
              value={draft.kind}
              disabled={!editable || !!post}
              onChange={(event) => update({ kind: event.target.value as PostKind })}
              options={(['POST', 'REVIEW_REPLY', ...(user.groups.includes('crisis-leads') ? ['CRISIS_UPDATE'] : [])] as PostKind[]).map(
                (kind) => ({ value: kind, label: KIND_LABELS[kind] }),
              )}
            />
            <TextField
              label="Publish at (optional)"
              type="datetime-local"
              value={toLocalInputValue(draft.scheduledAt)}
              disabled={!editable}
              onChange={(event) => update({ scheduledAt: fromLocalInputValue(event.target.value) })}
            />
            <TextField
              label="Consent references (comma-separated)"
              value={consentInput}
              disabled={!editable}
              placeholder="e.g. CONSENT-2025-014"
              onChange={(event) => {
                setNotice(undefined);
                setConsentInput(event.target.value);
              }}
            />
            <Checkbox
              label="Sponsored or paid content"
              checked={draft.sponsored}
              disabled={!editable}
              onChange={(event) => update({ sponsored: event.target.checked })}
            />
          </div>

          <fieldset className="composer__media" disabled={!editable}>
            <legend>Media</legend>
            {draft.mediaDescriptions.length === 0 && <p className="field__hint">No photo or video. Instagram needs one.</p>}
            {draft.mediaDescriptions.map((description, index) => (
              <div key={index} className="composer__medium">
                <TextField
                  label={`Media ${index + 1} description (alt text)`}
                  value={description}
                  onChange={(event) =>
                    update({
                      mediaDescriptions: draft.mediaDescriptions.map((d, i) => (i === index ? event.target.value : d)),
                    })
                  }
                />
                <Button
                  variant="secondary"
                  className="button--small"
                  aria-label={`Remove media ${index + 1}`}
                  onClick={() => update({ mediaDescriptions: draft.mediaDescriptions.filter((_, i) => i !== index) })}
                >
                  Remove
                </Button>
              </div>
            ))}
            <Button
              variant="secondary"
              className="button--small"
              onClick={() => update({ mediaDescriptions: [...draft.mediaDescriptions, ''] })}
            >
              Add media
            </Button>
          </fieldset>

          {error !== undefined && (
            <ErrorAlert error={error}>
              {stale && onReload && (
                <Button variant="secondary" className="button--small" onClick={onReload}>
                  Load the latest version (discards your changes)
                </Button>
              )}
            </ErrorAlert>
          )}
          <p role="status" className="composer__notice">
            {notice}
          </p>
          {blockers.length > 0 && editable && (
            <ul className="composer__blockers" aria-label="Why it cannot be submitted yet">
              {blockers.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
          <div className="composer__actions">
            {editable && (
              <Button type="submit" variant="secondary" disabled={!!busy || (!!post && !dirty) || draft.platforms.length === 0}>
                {busy === 'save' ? 'Saving…' : status && REVIEW_UNDER_WAY.includes(status) ? 'Save changes (restarts review)' : 'Save draft'}
              </Button>
            )}
            {editable && canSubmit && (
              <Button onClick={handleSubmit} disabled={!!busy || blockers.length > 0}>
                {busy === 'submit' ? 'Submitting…' : status === 'CHANGES_REQUESTED' ? 'Submit again' : 'Submit for review'}
              </Button>
            )}
            {post && status && !FINAL_STATUSES.includes(status) && (
              <Button variant="secondary" className="button--danger" onClick={handleWithdraw} disabled={!!busy}>
                {busy === 'withdraw' ? 'Withdrawing…' : 'Withdraw'}
              </Button>
            )}
          </div>
        </div>

        <FindingsPanel
          text={draft.text}
          findings={findings}
          platforms={draft.platforms}
          state={state}
          pending={pending}
          route={route}
          onApply={applySuggestion}
          onShow={(finding, index) => {
            setActiveIndex(index);
            select(finding.start, finding.end);
          }}
        />
      </div>

      <section className="composer__previews" aria-labelledby="previews-title">
        <h2 id="previews-title">Previews</h2>
        {draft.platforms.length === 0 ? (
          <p>Choose a platform to see how the post will look there.</p>
        ) : (
          <div className="preview-grid">
            {draft.platforms.map((platform) => (
              <PlatformPreview
                key={platform}
                platform={platform}
                text={draft.text}
                findings={findings.filter((finding) => finding.platforms.includes(platform))}
                mediaDescriptions={draft.mediaDescriptions.filter((d) => d.trim())}
                sponsored={draft.sponsored}
              />
            ))}
          </div>
        )}
      </section>
    </form>
  );
}
