const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A timestamp as people read it, in the browser's time zone; an empty string for none. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** "in 2 h 5 min", "12 min ago": how far `iso` is from `now`. */
export function formatRelative(iso: string, now: Date): string {
  const diffMinutes = Math.round((new Date(iso).getTime() - now.getTime()) / 60_000);
  const minutes = Math.abs(diffMinutes);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = days > 0 ? [`${days} d`, hours > 0 ? `${hours} h` : ''] : hours > 0 ? [`${hours} h`, rest > 0 ? `${rest} min` : ''] : [`${rest} min`];
  const amount = parts.filter(Boolean).join(' ');
  if (minutes === 0) {
    return 'now';
  }
  return diffMinutes > 0 ? `in ${amount}` : `${amount} ago`;
}

/** `datetime-local` input value (local time, minutes) for an ISO instant, and back. */
export function toLocalInputValue(iso: string | null | undefined): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  const offsetMs = date.getTimezoneOffset() * 60_000;
  return new Date(date.getTime() - offsetMs).toISOString().slice(0, 16);
}

export function fromLocalInputValue(value: string): string | null {
  if (!value) {
    return null;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
