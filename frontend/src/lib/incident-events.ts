/** Fired on window when this tab declared or closed an incident, so the banner updates at once instead of at its next poll. */
export const INCIDENTS_CHANGED = 'clearance:incidents-changed';

export function announceIncidentsChanged(): void {
  window.dispatchEvent(new Event(INCIDENTS_CHANGED));
}
