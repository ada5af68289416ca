import { kebab } from '@/lib/findings';
import { CATEGORY_LABELS, type Category, type Severity } from '@/types/screening';

/** A category as a label with its own shape, so it never depends on colour alone. */
export function CategoryBadge({ category, long = false }: { category: Category; long?: boolean }) {
  const label = CATEGORY_LABELS[category] ?? { short: category, long: category };
  return (
    <span className={`category-badge category-badge--${kebab(category)}`} title={label.long}>
      <span className="category-badge__icon" aria-hidden="true" />
      {long ? label.long : label.short}
    </span>
  );
}

const SEVERITY_LABELS: Record<Severity, string> = {
  INFO: 'Info',
  WARNING: 'Warning',
  HIGH: 'High',
  BLOCKER: 'Blocker',
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`severity-badge severity-badge--${kebab(severity)}`}>{SEVERITY_LABELS[severity] ?? severity}</span>;
}
