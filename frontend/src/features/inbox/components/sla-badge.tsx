import { formatDateTime, formatRelative } from '@/lib/format';
import { SLA_LABELS, slaState } from '../lib/sla';

/** A task's SLA state as words and shape (not colour alone), with the due time. */
export function SlaBadge({ due, now, escalated = false }: { due: string | null; now: Date; escalated?: boolean }) {
  const state = slaState(due, now, escalated);
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
