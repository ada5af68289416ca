import { Checkbox } from '@/components/ui/checkbox';
import { SelectField } from '@/components/ui/select-field';
import { CATEGORIES, CATEGORY_LABELS, PLATFORM_NAMES, PLATFORMS, ROUTE_LABELS, ROUTES } from '@/types/screening';
import type { TaskFilters } from '../lib/task-filters';

type TaskFilterBarProps = {
  filters: TaskFilters;
  onChange: (filters: TaskFilters) => void;
};

const any = (label: string) => ({ value: '', label });

/** The inbox filters; every change goes to the address bar straight away. */
export function TaskFilterBar({ filters, onChange }: TaskFilterBarProps) {
  const set = <K extends keyof TaskFilters>(key: K, value: TaskFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <fieldset className="filter-bar">
      <legend>Filter and sort</legend>
      <SelectField
        label="Stage"
        value={filters.stage}
        onChange={(event) => set('stage', event.target.value as TaskFilters['stage'])}
        options={[
          any('All stages'),
          { value: 'COMPLIANCE', label: 'Compliance' },
          { value: 'LEGAL', label: 'Legal' },
          { value: 'CRISIS', label: 'Crisis approval' },
          { value: 'RETROSPECTIVE', label: 'Retrospective review' },
        ]}
      />
      <SelectField
        label="Platform"
        value={filters.platform}
        onChange={(event) => set('platform', event.target.value as TaskFilters['platform'])}
        options={[any('All platforms'), ...PLATFORMS.map((value) => ({ value, label: PLATFORM_NAMES[value] }))]}
      />
      <SelectField
        label="Route"
        value={filters.route}
        onChange={(event) => set('route', event.target.value as TaskFilters['route'])}
        options={[any('All routes'), ...ROUTES.map((value) => ({ value, label: ROUTE_LABELS[value] }))]}
      />
      <SelectField
        label="Finding category"
        value={filters.category}
        onChange={(event) => set('category', event.target.value as TaskFilters['category'])}
        options={[any('All categories'), ...CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value].long }))]}
      />
      <SelectField
        label="Due"
        value={filters.due}
        onChange={(event) => set('due', event.target.value as TaskFilters['due'])}
        options={[any('Any time'), { value: 'overdue', label: 'Overdue' }, { value: 'escalated', label: 'Escalated' }, { value: 'due-soon', label: 'Due within 1 h' }]}
      />
      <SelectField
        label="Claimed"
        value={filters.claim}
        onChange={(event) => set('claim', event.target.value as TaskFilters['claim'])}
        options={[any('Everyone’s'), { value: 'mine', label: 'Claimed by me' }, { value: 'unclaimed', label: 'Unclaimed' }]}
      />
      <SelectField
        label="Sort"
        value={filters.sort}
        onChange={(event) => set('sort', event.target.value as TaskFilters['sort'])}
        options={[
          { value: 'due-asc', label: 'Due date, earliest first' },
          { value: 'due-desc', label: 'Due date, latest first' },
        ]}
      />
      <Checkbox label="Crisis updates only" checked={filters.crisisOnly} onChange={(event) => set('crisisOnly', event.target.checked)} />
    </fieldset>
  );
}
