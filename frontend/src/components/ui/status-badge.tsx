import { kebab } from '@/lib/findings';
import { STATUS_LABELS, type PostStatus } from '@/types/post';
import { ROUTE_LABELS, type Route } from '@/types/screening';

/** A post's status as a labelled badge. */
export function StatusBadge({ status }: { status: PostStatus }) {
  return (
    <span className={`status-badge status-badge--${kebab(status)}`} data-status={status}>
      {STATUS_LABELS[status] ?? status}
    </span>
  );
}

/** Where screening sends a post, as a labelled badge. */
export function RouteBadge({ route }: { route: Route }) {
  return (
    <span className={`route-badge route-badge--${kebab(route)}`} data-route={route}>
      {ROUTE_LABELS[route] ?? route}
    </span>
  );
}
