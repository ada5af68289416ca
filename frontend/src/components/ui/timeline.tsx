import { formatDateTime } from '@/lib/format';
import type { HistoryEntry } from '@/types/post';
import { StatusBadge } from './status-badge';

const EVENT_LABELS: Record<string, string> = {
  CREATED: 'Created',
  REVISED: 'Edited',
  SUBMITTED: 'Submitted',
  RESUBMITTED: 'Resubmitted',
  SCREENED: 'Screened',
  DECIDED: 'Review decision',
  ESCALATED: 'SLA escalation',
  APPROVED: 'Approved',
  PUBLISHED: 'Published',
  WITHDRAWN: 'Withdrawn',
};

export function eventLabel(type: string): string {
  return EVENT_LABELS[type] ?? type;
}

/** A post's audit trail as a timeline: when, what, who, on which revision, and the status it moved to. */
export function Timeline({
  entries,
  label = 'Timeline',
  showHashes = false,
}: {
  entries: readonly HistoryEntry[];
  label?: string;
  /** Show each entry's hash (the trail is hash-chained), for the audit view. */
  showHashes?: boolean;
}) {
  if (entries.length === 0) {
    return <p className="timeline__empty">Nothing recorded yet.</p>;
  }
  return (
    <ol className="timeline" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.sequence} className={`timeline__entry timeline__entry--${entry.type.toLowerCase()}`}>
          <span className="timeline__dot" aria-hidden="true" />
          <div className="timeline__body">
            <div className="timeline__line">
              <strong>{eventLabel(entry.type)}</strong>
              <span> by {entry.actor}</span>
              {entry.revision != null && <span className="timeline__revision">revision {entry.revision}</span>}
              {entry.to && entry.from !== entry.to && (
                <span className="timeline__status">
                  <span className="visually-hidden">status now </span>
                  <StatusBadge status={entry.to} />
                </span>
              )}
            </div>
            <time dateTime={entry.at} className="timeline__time">
              {formatDateTime(entry.at)}
            </time>
            {entry.detail && <p className="timeline__detail">{entry.detail}</p>}
            {showHashes && (
              <code className="timeline__hash" title={entry.hash}>
                <span className="visually-hidden">hash </span>#{entry.hash.slice(0, 12)}
              </code>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
