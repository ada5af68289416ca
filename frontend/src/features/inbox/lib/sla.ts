/** A task counts as due soon within this long of its due date. */
export const DUE_SOON_MS = 60 * 60 * 1000;

export type SlaState = 'escalated' | 'overdue' | 'due-soon' | 'on-time' | 'no-due-date';

export const SLA_LABELS: Record<SlaState, string> = {
  escalated: 'Overdue, escalated',
  overdue: 'Overdue',
  'due-soon': 'Due within 1 h',
  'on-time': 'On time',
  'no-due-date': 'No due date',
};

/** `escalated`: the server recorded the SLA escalation (the task stays open and overdue). */
export function slaState(due: string | null, now: Date, escalated = false): SlaState {
  if (escalated) {
    return 'escalated';
  }
  if (!due) {
    return 'no-due-date';
  }
  const left = new Date(due).getTime() - now.getTime();
  if (left < 0) {
    return 'overdue';
  }
  return left <= DUE_SOON_MS ? 'due-soon' : 'on-time';
}
