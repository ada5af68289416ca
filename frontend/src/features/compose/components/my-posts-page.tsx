import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { getPostHistory } from '@/api/posts/get-post-history';
import { listPosts } from '@/api/posts/list-posts';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SelectField } from '@/components/ui/select-field';
import { StatusBadge } from '@/components/ui/status-badge';
import { Timeline } from '@/components/ui/timeline';
import { isAbort } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { EDITABLE_STATUSES, POST_STATUSES, STATUS_LABELS, type HistoryEntry, type Post, type PostStatus } from '@/types/post';
import { PLATFORM_NAMES } from '@/types/screening';

function excerpt(text: string, length = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat || '(no text)';
}

function PostTimeline({ postId }: { postId: number }) {
  const [entries, setEntries] = useState<HistoryEntry[]>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    const controller = new AbortController();
    getPostHistory(postId, controller.signal).then(setEntries, (failure: unknown) => {
      if (!isAbort(failure)) {
        setError(failure);
      }
    });
    return () => controller.abort();
  }, [postId]);
  if (error !== undefined) {
    return <ErrorAlert error={error} />;
  }
  return entries ? <Timeline entries={entries} label={`Timeline of post ${postId}`} /> : <p role="status">Loading the timeline…</p>;
}

/**
 * Approved after its scheduled time: the post waits for its author to publish it now or reschedule it (the record
 * offers both; it also checks the history, since the choice, once made, leaves the post approved for a few seconds).
 */
function approvedLate(post: Post): boolean {
  return post.status === 'APPROVED' && !!post.scheduledAt && new Date(post.scheduledAt).getTime() <= Date.now();
}

function PostCard({ post }: { post: Post }) {
  const [open, setOpen] = useState(false);
  const timelineId = useId();
  const late = approvedLate(post);
  return (
    <li className="post-card">
      <div className="post-card__head">
        <StatusBadge status={post.status} />
        <span className="post-card__platforms">{post.platforms.map((p) => PLATFORM_NAMES[p]).join(' · ')}</span>
        <span className="post-card__updated">
          Post {post.id}, revision {post.revision.number}, updated {formatDateTime(post.updatedAt)}
        </span>
      </div>
      <p className="post-card__text">{excerpt(post.revision.text)}</p>
      {late && (
        <p className="composer__warning">
          Approved after its scheduled time ({formatDateTime(post.scheduledAt)}): it does not go out late on its own.
          Publish it now or reschedule it.
        </p>
      )}
      <div className="post-card__actions">
        {late && (
          <Link className="button button--primary button--small" to={`/posts/${post.id}`} aria-label={`Publish now or reschedule post ${post.id}`}>
            Publish now or reschedule
          </Link>
        )}
        {EDITABLE_STATUSES.includes(post.status) && (
          <Link className="button button--secondary button--small" to={`/compose/${post.id}`} aria-label={`Edit post ${post.id}`}>
            Edit
          </Link>
        )}
        <Link className="button button--secondary button--small" to={`/posts/${post.id}`} aria-label={`Record of post ${post.id}`}>
          Record
        </Link>
        <Button
          variant="secondary"
          className="button--small"
          aria-expanded={open}
          aria-controls={timelineId}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? 'Hide timeline' : 'Show timeline'}
        </Button>
      </div>
      <div id={timelineId} hidden={!open}>
        {open && <PostTimeline postId={post.id} />}
      </div>
    </li>
  );
}

/** The author's own posts, newest first, with their status and, on demand, their timeline. */
export function MyPostsPage() {
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? '') as PostStatus | '';
  const [posts, setPosts] = useState<Post[]>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    const controller = new AbortController();
    setPosts(undefined);
    setError(undefined);
    listPosts(status || undefined, controller.signal).then(
      (result) => setPosts([...result].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))),
      (failure: unknown) => {
        if (!isAbort(failure)) {
          setError(failure);
        }
      },
    );
    return () => controller.abort();
  }, [status]);

  return (
    <section aria-labelledby="my-posts-title" className="my-posts">
      <div className="page-title">
        <h1 id="my-posts-title">My posts</h1>
        <Link className="button button--primary" to="/compose">
          New post
        </Link>
      </div>
      <SelectField
        label="Status"
        className="my-posts__filter"
        value={status}
        onChange={(event) => setParams(event.target.value ? { status: event.target.value } : {})}
        options={[{ value: '', label: 'All statuses' }, ...POST_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))]}
      />
      {error !== undefined && <ErrorAlert error={error} />}
      {!posts && error === undefined && <p role="status">Loading your posts…</p>}
      {posts && posts.length === 0 && <p>No posts{status ? ` with status ${STATUS_LABELS[status]}` : ''} yet.</p>}
      {posts && posts.length > 0 && (
        <ul className="post-cards" aria-label="Posts">
          {posts.map((post) => (
            <PostCard key={post.id} post={post} />
          ))}
        </ul>
      )}
    </section>
  );
}
