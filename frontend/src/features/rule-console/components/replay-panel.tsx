import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TextField } from '@/components/ui/text-field';
import { RouteBadge } from '@/components/ui/status-badge';
import type { Finding } from '@/types/screening';
import { replayPosts } from '../api/replay-posts';
import type { Replay } from '../types';

const MAX_DAYS = 366;

function FindingLines({ findings, label }: { findings: readonly Finding[]; label: string }) {
  return (
    <ul aria-label={label} className="replay__findings">
      {findings.map((finding) => (
        <li key={`${finding.pack}/${finding.ruleId}@${finding.start}`}>
          <code>{finding.ruleId}</code> <span className="muted">({finding.pack})</span>: {finding.message}
        </li>
      ))}
    </ul>
  );
}

/** Which stored posts would gain or lose findings under the packs that screen now; nothing is stored. */
export function ReplayPanel() {
  const [days, setDays] = useState('30');
  const [replay, setReplay] = useState<Replay>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const valid = /^\d+$/.test(days) && Number(days) >= 1 && Number(days) <= MAX_DAYS;

  async function run() {
    setBusy(true);
    setError(undefined);
    try {
      setReplay(await replayPosts(Number(days)));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const changed = replay?.results.filter(
    (result) => result.appeared.length > 0 || result.disappeared.length > 0 || result.storedRoute !== result.currentRoute,
  );

  return (
    <section aria-labelledby="replay-title" className="replay">
      <h2 id="replay-title">Replay over stored posts</h2>
      <form
        className="replay__form"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <TextField
          label={`Posts changed in the last … days (1–${MAX_DAYS})`}
          inputMode="numeric"
          value={days}
          onChange={(event) => setDays(event.target.value)}
          aria-invalid={!valid}
        />
        <Button type="submit" variant="secondary" disabled={busy || !valid}>
          {busy ? 'Replaying…' : 'Replay'}
        </Button>
      </form>
      {error !== undefined && <ErrorAlert error={error} />}
      {replay && changed && (
        <div role="region" aria-label="Replay result">
          <p>
            {replay.posts} {replay.posts === 1 ? 'post' : 'posts'} screened again; {replay.changed} would change.
          </p>
          {changed.length > 0 && (
            <table className="data replay__table">
              <caption className="visually-hidden">Posts whose findings would change</caption>
              <thead>
                <tr>
                  <th scope="col">Post</th>
                  <th scope="col">Route</th>
                  <th scope="col">Would gain</th>
                  <th scope="col">Would lose</th>
                </tr>
              </thead>
              <tbody>
                {changed.map((result) => (
                  <tr key={result.postId}>
                    <td data-label="Post">
                      <Link to={`/posts/${result.postId}`}>Post {result.postId}</Link>
                      <span className="muted"> revision {result.revision}</span>
                    </td>
                    <td data-label="Route">
                      {result.storedRoute ? <RouteBadge route={result.storedRoute} /> : <span className="muted">not screened</span>} →{' '}
                      <RouteBadge route={result.currentRoute} />
                    </td>
                    <td data-label="Would gain">
                      <FindingLines findings={result.appeared} label={`Findings post ${result.postId} would gain`} />
                    </td>
                    <td data-label="Would lose">
                      <FindingLines findings={result.disappeared} label={`Findings post ${result.postId} would lose`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
