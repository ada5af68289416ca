import type { CurrentUser } from '@/types/current-user';

/** Modelers edit, save drafts and deploy; the server refuses it to anyone else. */
export function canModel(user: CurrentUser): boolean {
  return user.groups.includes('modelers');
}

/** Administrators migrate running instances between versions. */
export function canMigrate(user: CurrentUser): boolean {
  return user.groups.includes('admins');
}
