/** Named filter sets, kept in this browser (the server has no place for them yet). */
export type SavedFilter = { name: string; query: string };

const KEY = 'clearance.inbox.saved-filters';

export function loadSavedFilters(): SavedFilter[] {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(stored)
      ? stored.filter((entry): entry is SavedFilter => typeof entry?.name === 'string' && typeof entry?.query === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Adds or replaces the filter of that name; returns the new list. */
export function saveFilter(name: string, query: string): SavedFilter[] {
  const next = [...loadSavedFilters().filter((entry) => entry.name !== name), { name, query }].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  localStorage.setItem(KEY, JSON.stringify(next));
  return next;
}

export function deleteFilter(name: string): SavedFilter[] {
  const next = loadSavedFilters().filter((entry) => entry.name !== name);
  localStorage.setItem(KEY, JSON.stringify(next));
  return next;
}
