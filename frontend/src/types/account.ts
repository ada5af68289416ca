import type { Platform } from './screening';

/** The services accounts live on; each serves one post platform (Mastodon serves TWITTER). */
export const NETWORKS = ['MASTODON', 'X', 'FACEBOOK', 'INSTAGRAM', 'LINKEDIN', 'YOUTUBE'] as const;
export type Network = (typeof NETWORKS)[number];

export const NETWORK_NAMES: Record<Network, string> = {
  MASTODON: 'Mastodon',
  X: 'X',
  FACEBOOK: 'Facebook',
  INSTAGRAM: 'Instagram',
  LINKEDIN: 'LinkedIn',
  YOUTUBE: 'YouTube',
};

/** A connected platform account as GET /api/accounts shows it: never its token, only whether it has one. */
export type Account = {
  id: number;
  network: Network;
  platform: Platform;
  displayName: string;
  platformAccountId: string;
  apiBaseUrl: string | null;
  hasToken: boolean;
  active: boolean;
  connectedBy: string;
  connectedAt: string;
};
