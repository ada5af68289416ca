/** The template text with the values filled in, as the server will fill it; empty values stay as `{{name}}`. */
export function fillText(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*}}/g, (placeholder, name: string) => values[name]?.trim() || placeholder);
}

/** "4:05", "1:02:03": a duration in whole seconds as a clock. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
