import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { getPost } from '@/api/posts/get-post';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isAbort } from '@/lib/api-client';
import type { CurrentUser } from '@/types/current-user';
import type { Post } from '@/types/post';
import { ComposerForm } from './composer-form';

type Loaded = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; post?: Post; generation: number };

/** /compose (a new post) and /compose/:postId (an existing one, loaded from the server). */
export function ComposerPage({ user }: { user: CurrentUser }) {
  const { postId } = useParams();
  const id = postId === undefined ? undefined : Number(postId);
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const generation = useRef(0);
  // The id of a post this page has just created: the route changes to it, but there is nothing to load.
  const justCreated = useRef<number>(undefined);

  useEffect(() => {
    if (id === undefined) {
      setLoaded({ status: 'ready', generation: ++generation.current });
      return;
    }
    if (justCreated.current === id) {
      justCreated.current = undefined;
      return;
    }
    const controller = new AbortController();
    setLoaded({ status: 'loading' });
    getPost(id, controller.signal).then(
      (post) => setLoaded({ status: 'ready', post, generation: ++generation.current }),
      (error: unknown) => {
        if (!isAbort(error)) {
          setLoaded({ status: 'error', error });
        }
      },
    );
    return () => controller.abort();
  }, [id, reloads]);

  if (loaded.status === 'loading') {
    return <p role="status" className="loading">Loading the post…</p>;
  }
  if (loaded.status === 'error') {
    return (
      <section>
        <h1>Post {postId}</h1>
        <ErrorAlert error={loaded.error} />
        <p>
          <Link to="/compose">Write a new post</Link> or go to <Link to="/posts">my posts</Link>.
        </p>
      </section>
    );
  }
  return (
    <>
      <nav className="page-links" aria-label="Composer">
        <Link to="/compose">New post</Link>
        <Link to="/posts">My posts</Link>
      </nav>
      <ComposerForm
        key={loaded.generation}
        user={user}
        post={loaded.post}
        onReload={() => setReloads((count) => count + 1)}
        onSaved={(post) => {
          setLoaded((before) => (before.status === 'ready' ? { ...before, post } : before));
          if (post.id !== id) {
            justCreated.current = post.id;
            navigate(`/compose/${post.id}`, { replace: true });
          }
        }}
      />
    </>
  );
}
