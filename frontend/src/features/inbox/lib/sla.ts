/** A task counts as due soon within this long of its due date. */
export const DUE_SOON_MS = 60 * 60 * 1000;

export type SlaState = 'overdue' | 'due-soon' | 'on-time' | 'no-due-date';

export const SLA_LABELS: Record<SlaState, string> = {
  overdue: 'Overdue',
  'due-soon': 'Due within 1 h',
  'on-time': 'On time',
  'no-due-date': 'No due date',
};

export function slaState(due: string | null, now: Date): SlaState {
  if (!due) {
    return 'no-due-date';
  }
  const left = new Date(due).getTime() - now.getTime();
  if (left < 0) {
    return 'overdue';
  }
  return left <= DUE_SOON_MS ? 'due-soon' : 'on-time';
}
