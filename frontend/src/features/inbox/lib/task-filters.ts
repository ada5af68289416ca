import type { ReviewStage } from '@/types/post';
import { CATEGORIES, PLATFORMS, ROUTES, type Category, type Platform, type Route } from '@/types/screening';
export type DueFilter = '' | 'overdue' | 'escalated' | 'due-soon';
export type ClaimFilter = '' | 'mine' | 'unclaimed';

/**
 * The inbox's filters and sort. They are the query parameters of GET /api/tasks as well as of the inbox's address:
 * the server filters and sorts before paging, so they apply to every open task, not only to one page.
 */
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

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | '' {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** Filters live in the address, so a filtered inbox can be bookmarked, shared and saved; unknown values are dropped. */
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
