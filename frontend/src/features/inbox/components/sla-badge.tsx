import { formatDateTime, formatRelative } from '@/lib/format';
import { SLA_LABELS, slaState } from '../lib/sla';

/** A task's SLA state as words and shape (not colour alone), with the due time. */
export function SlaBadge({ due, now }: { due: string | null; now: Date }) {
  const state = slaState(due, now);
  return (
    <span className="sla">
      <span className={`sla-badge sla-badge--${state}`} data-sla={state}>
        {SLA_LABELS[state]}
      </span>
      {due && (
        <time dateTime={due} className="sla__when" title={formatDateTime(due)}>
          due {formatRelative(due, now)}
        </time>
      )}
    </span>
  );
}
