import type { ReviewStage } from '@/types/post';
import { CATEGORIES, PLATFORMS, ROUTES, type Category, type Platform, type Route } from '@/types/screening';
import type { Task } from '@/types/task';
import { slaState } from './sla';

/** A task of the inbox; `task.post` summarises its post. */
export type InboxRow = { task: Task };

export type DueFilter = '' | 'overdue' | 'escalated' | 'due-soon';
export type ClaimFilter = '' | 'mine' | 'unclaimed';

export type TaskFilters = {
  platform: Platform | '';
  route: Route | '';
  category: Category | '';
  stage: ReviewStage | '';
  due: DueFilter;
  claim: ClaimFilter;
  crisisOnly: boolean;
  sort: 'due-asc' | 'due-desc';
};

export const NO_FILTERS: TaskFilters = {
  platform: '',
  route: '',
  category: '',
  stage: '',
  due: '',
  claim: '',
  crisisOnly: false,
  sort: 'due-asc',
};

/** Keeps the rows every set filter agrees with; a filter on the post drops rows whose post is unknown. */
export function filterRows(rows: readonly InboxRow[], filters: TaskFilters, now: Date, username: string): InboxRow[] {
  return rows.filter(({ task }) => {
    const post = task.post;
    if (filters.stage && task.stage !== filters.stage) {
      return false;
    }
    if (filters.claim === 'mine' && task.assignee !== username) {
      return false;
    }
    if (filters.claim === 'unclaimed' && task.assignee) {
      return false;
    }
    if (filters.due) {
      const state = slaState(task.due, now, task.escalated);
      // "Due soon" means it still can be done in time; "overdue" includes the escalated ones.
      const matches = filters.due === 'overdue' ? state === 'overdue' || state === 'escalated' : state === filters.due;
      if (!matches) {
        return false;
      }
    }
    const needsPost = filters.platform || filters.route || filters.category || filters.crisisOnly;
    if (!needsPost) {
      return true;
    }
    if (!post) {
      return false;
    }
    return (
      (!filters.platform || post.platforms.includes(filters.platform)) &&
      (!filters.route || post.route === filters.route) &&
      (!filters.category || post.categories.includes(filters.category)) &&
      (!filters.crisisOnly || post.crisis)
    );
  });
}

/** By due date, earliest first (or last); tasks without a due date always come last. */
export function sortRows(rows: readonly InboxRow[], sort: TaskFilters['sort']): InboxRow[] {
  const direction = sort === 'due-desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (!a.task.due || !b.task.due) {
      return (a.task.due ? 0 : 1) - (b.task.due ? 0 : 1);
    }
    return direction * (new Date(a.task.due).getTime() - new Date(b.task.due).getTime()) || a.task.created.localeCompare(b.task.created);
  });
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** Filters live in the address, so a filtered inbox can be bookmarked, shared and saved. */
export function filtersFromParams(params: URLSearchParams): TaskFilters {
  return {
    platform: oneOf(params.get('platform'), PLATFORMS),
    route: oneOf(params.get('route'), ROUTES),
    category: oneOf(params.get('category'), CATEGORIES),
    stage: oneOf(params.get('stage'), ['COMPLIANCE', 'LEGAL', 'CRISIS', 'RETROSPECTIVE'] as const),
    due: oneOf(params.get('due'), ['overdue', 'escalated', 'due-soon'] as const),
    claim: oneOf(params.get('claim'), ['mine', 'unclaimed'] as const),
    crisisOnly: params.get('crisis') === 'true',
    sort: params.get('sort') === 'due-desc' ? 'due-desc' : 'due-asc',
  };
}

export function filtersToParams(filters: TaskFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['platform', 'route', 'category', 'stage', 'due', 'claim'] as const) {
    if (filters[key]) {
      params.set(key, filters[key]);
    }
  }
  if (filters.crisisOnly) {
    params.set('crisis', 'true');
  }
  if (filters.sort !== 'due-asc') {
    params.set('sort', filters.sort);
  }
  return params;
}
